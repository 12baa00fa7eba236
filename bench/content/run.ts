// Content benchmark: 500 generated modules and 500 cases, built in a copy of the project; prints the
// check and build times and the JavaScript a module page loads (raw and gzipped).
// Run with `npm run bench:content`.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { generateContent } from './generate';

// `--quick`: a few files only, so the tests can run it; the build itself still runs in full.
const quick = process.argv.includes('--quick');
const COURSES = quick ? 4 : 10;
const MODULES_PER_COURSE = quick ? 18 : 50;
const CASES = quick ? 10 : 500;
// Not 4190: fetch refuses a few ports (4190 is ManageSieve) as "bad port".
const PORT = Number(process.env.BENCH_PORT ?? 4150) + Number(process.env.PEILIAN_PORT_OFFSET ?? 0);

const project = join(dirname(fileURLToPath(import.meta.url)), '../..');
// The copy is a project of its own, so it builds into its own build/ (no PEILIAN_OUT needed).
const work = mkdtempSync(join(tmpdir(), 'peilian-bench-'));
const buildDir = join(work, 'build');
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'PEILIAN_OUT'));

/** A copy of the project whose content is the generated set plus the real role-plays. */
function prepareCopy(): void {
	const skip = new Set(['node_modules', '.git', 'build', '.svelte-kit', 'test-results', 'playwright-report', 'bench', 'tests', 'data']);
	cpSync(project, work, {
		recursive: true,
		filter: (source) => {
			const rel = relative(project, source);
			return !skip.has(rel.split('/')[0]) && !rel.startsWith('content/courses') && !rel.startsWith('content/cases') && !rel.startsWith('src/lib/paraglide');
		}
	});
	// The tests stay behind, but vite.config.ts imports the browser settings its test project uses.
	cpSync(join(project, 'tests/chromium.js'), join(work, 'tests/chromium.js'));
	symlinkSync(join(project, 'node_modules'), join(work, 'node_modules'), 'dir');
	const roleplays = readdirSync(join(project, 'content/roleplays')).map((f) => f.replace(/\.md$/, ''));
	generateContent(join(work, 'content'), COURSES, MODULES_PER_COURSE, CASES, roleplays);
}

function timed(label: string, command: string, args: string[]): number {
	const start = performance.now();
	const result = spawnSync(command, args, { cwd: work, env, encoding: 'utf8' });
	const seconds = (performance.now() - start) / 1000;
	if (result.status !== 0) {
		console.error(result.stdout.slice(-4000), result.stderr.slice(-4000));
		throw new Error(`${label} failed (exit ${result.status})`);
	}
	return seconds;
}

/** Starts the built server and resolves once it answers. */
async function startServer(): Promise<() => void> {
	const server = spawn('node', [buildDir], {
		cwd: work,
		env: {
			...env,
			PORT: String(PORT),
			HOST: '127.0.0.1',
			ORIGIN: `http://127.0.0.1:${PORT}`,
			NODE_ENV: 'production',
			DATABASE_PATH: join(work, 'bench.sqlite'),
			BETTER_AUTH_SECRET: 'content-benchmark-secret-not-for-production'
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let log = '';
	server.stdout.on('data', (chunk) => (log += chunk));
	server.stderr.on('data', (chunk) => (log += chunk));
	const stop = () => server.kill();
	// Starting loads and checks all the content once, which takes a while with a thousand files.
	for (let i = 0; i < 1200 && server.exitCode === null; i++) {
		try {
			// A static file answers as soon as the server listens; the first page then loads the content.
			await fetch(`http://127.0.0.1:${PORT}/favicon.svg`);
			await fetch(`http://127.0.0.1:${PORT}/`, { signal: AbortSignal.timeout(900_000) });
			return stop;
		} catch {
			await new Promise((r) => setTimeout(r, 500));
		}
	}
	stop();
	throw new Error(`the built server did not answer (exit ${server.exitCode ?? server.signalCode}):\n${log.slice(-4000)}`);
}

/** The JavaScript a page loads before it is interactive: its module preloads (SvelteKit sends them in
 * the `Link` header) and the entry imports of its inline script. */
async function pageScripts(path: string): Promise<{ files: number; raw: number; gzip: number }> {
	const response = await fetch(`http://127.0.0.1:${PORT}${path}`);
	const html = await response.text();
	const urls = new Set([
		...[...(response.headers.get('link') ?? '').matchAll(/<([^>]+\.js)>;\s*rel="modulepreload"/g)].map((m) => m[1]),
		...[...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((m) => m[1]),
		...[...html.matchAll(/import\("([^"]+\.js)"\)/g)].map((m) => m[1])
	]);
	let raw = 0;
	let gzip = 0;
	for (const url of urls) {
		const file = join(buildDir, 'client', new URL(url, `http://x${path}`).pathname);
		const bytes = readFileSync(file);
		raw += bytes.length;
		gzip += gzipSync(bytes, { level: 9 }).length;
	}
	return { files: urls.size, raw, gzip };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

prepareCopy();
try {
	const check = timed('peilian check', 'node', ['bin/peilian.js', 'check']);
	const build = timed('vite build', 'node', ['node_modules/vite/bin/vite.js', 'build']);
	const startedAt = performance.now();
	const stop = await startServer();
	const startup = (performance.now() - startedAt) / 1000;
	try {
		const module = await pageScripts('/courses/course-3/module-17');
		const cases = await pageScripts('/cases');
		console.log(`content: ${COURSES * MODULES_PER_COURSE} modules in ${COURSES} courses, ${CASES} cases`);
		console.log(`check (peilian check):        ${check.toFixed(1)} s`);
		console.log(`build (vite build):           ${build.toFixed(1)} s`);
		console.log(`server start to first page:   ${startup.toFixed(1)} s`);
		console.log(`module page JavaScript:       ${module.files} files, ${kb(module.raw)} raw, ${kb(module.gzip)} gzipped`);
		console.log(`cases page JavaScript:        ${cases.files} files, ${kb(cases.raw)} raw, ${kb(cases.gzip)} gzipped`);
	} finally {
		stop();
	}
} finally {
	if (process.env.BENCH_KEEP) console.log(`kept ${work}`);
	else rmSync(work, { recursive: true, force: true });
}
