// `npm run bench:startup`: how long the built server takes from spawn to its first page with the bundled
// content, on a fresh SQLite file each time (so migrations and the role-play versions are written anew).
// Builds once into PEILIAN_OUT (or build/) unless BENCH_SKIP_BUILD=1; `--quick` starts it three times.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDir, spawnApp } from '../../tests/reliability/harness/server.js';

const quick = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';
const runs = Number(process.env.BENCH_RUNS ?? (quick ? 3 : 15));
const port = Number(process.env.BENCH_PORT ?? 4260) + Number(process.env.PEILIAN_PORT_OFFSET ?? 0);
const origin = `http://127.0.0.1:${port}`;

/** CPU milliseconds (user + system) a process has used so far: on a shared machine it varies less than wall time. */
function cpuMs(pid: number): number {
	const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
	return (Number(fields[11]) + Number(fields[12])) * 10;
}

interface Start {
	wall: number;
	cpu: number;
}

/** Milliseconds from spawning `node build` to the first 200 of the sign-in page, and the server's CPU time by then. */
async function startOnce(): Promise<Start> {
	const dir = mkdtempSync(join(tmpdir(), 'peilian-startup-'));
	const began = performance.now();
	// The demo seed is a start-up cost of its own (hashing passwords, thousands of attempts), not the content's.
	const child = spawnApp(port, { path: join(dir, 'app.sqlite') }, { PEILIAN_DEMO: '0', REQUEST_LOG: '0' });
	child.stdout!.resume();
	child.stderr!.pipe(process.stderr);
	const exited = new Promise((resolve) => child.once('exit', resolve));
	try {
		for (;;) {
			if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode} while starting`);
			const status = await fetch(`${origin}/signin`).then(
				(r) => r.status,
				() => 0
			);
			if (status === 200) return { wall: performance.now() - began, cpu: cpuMs(child.pid!) };
			await new Promise((r) => setTimeout(r, 5));
		}
	} finally {
		child.kill('SIGTERM');
		await exited;
		rmSync(dir, { recursive: true, force: true });
	}
}

if (process.env.BENCH_SKIP_BUILD !== '1' || !existsSync(`${buildDir}/index.js`)) {
	execFileSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
}
const inUse = await fetch(origin).then(
	() => true,
	() => false
);
if (inUse) throw new Error(`port ${port} is already in use: set BENCH_PORT`);

await startOnce(); // warm the file cache
const starts: Start[] = [];
for (let i = 0; i < runs; i++) starts.push(await startOnce());
const summary = (label: string, xs: number[]) => {
	const sorted = [...xs].sort((a, b) => a - b);
	const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
	return `${label}: median ${at(0.5).toFixed(0)} ms   p95 ${at(0.95).toFixed(0)} ms   min ${sorted[0].toFixed(0)} ms`;
};
console.log(`server start to first page (${buildDir}, ${runs} runs, fresh SQLite each, no demo seed)`);
console.log(
	summary(
		'wall',
		starts.map((s) => s.wall)
	)
);
// /proc counts in clock ticks (10 ms), so CPU figures are multiples of ten.
if (process.platform === 'linux')
	console.log(
		summary(
			'server CPU',
			starts.map((s) => s.cpu)
		)
	);
