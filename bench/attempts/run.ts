// `npm run bench:attempts`: throughput and latency of POST /api/attempts at 64 concurrent keep-alive
// connections against the built server (PEILIAN_OUT), on SQLite and (when BENCH_DATABASE_URL or
// TEST_DATABASE_URL names a PostgreSQL) on PostgreSQL, beside a bare node:http baseline doing the
// same inserts without replaying. Localhost only; a bounded number of requests.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { compileRoleplay, type Roleplay } from '../../src/lib/roleplay/index.js';
import { createSession, generateSessionToken } from '../../src/lib/server/auth/session.js';
import { connect, type DatabaseOptions } from '../../src/lib/server/db/connect.js';
import { migrateToLatest } from '../../src/lib/server/db/migrate.js';
import { plausiblePath, seededRandom } from '../../src/lib/server/seed/paths.js';
import { createPerson } from '../../src/lib/server/teams/people.js';
import { buildDir, buildNodeArgs } from '../../tests/reliability/harness/server.js';

const connections = 64;
// `--quick`: a few hundred requests on SQLite alone, so the tests can run it.
const quick = process.argv.includes('--quick');
const requests = Number(process.env.BENCH_REQUESTS ?? (quick ? 300 : 3000));
const warmup = quick ? 50 : 200;
const pgUrl = quick ? undefined : (process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL);
const appPort = Number(process.env.BENCH_PORT ?? 4250) + Number(process.env.PEILIAN_PORT_OFFSET ?? 0);
const roleplayId = 'price-too-high';

interface Figures {
	rps: number;
	p50: number;
	p99: number;
	errors: number;
}

function start(command: string, args: string[], env: Record<string, string>): ChildProcess {
	const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
	child.stderr!.on('data', (d) => process.stderr.write(d));
	return child;
}

async function stop(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null) return;
	const exited = new Promise((resolve) => child.once('exit', resolve));
	child.kill('SIGTERM');
	// A server that lingers after its graceful shutdown is not what is measured here.
	const lingering = setTimeout(() => child.kill('SIGKILL'), 5000);
	await exited;
	clearTimeout(lingering);
}

async function waitFor(port: number, path: string): Promise<void> {
	for (let i = 0; i < 600; i++) {
		try {
			await fetch(`http://127.0.0.1:${port}${path}`);
			return;
		} catch {
			await new Promise((r) => setTimeout(r, 200));
		}
	}
	throw new Error(`nothing answers on port ${port}`);
}

/** 64 people, each with a session; the app migrates its own database, the baseline's is migrated here. */
async function people(options: DatabaseOptions, migrate: boolean): Promise<string[]> {
	const { db, schema } = connect(options);
	if (migrate) await migrateToLatest(db, schema);
	const tokens: string[] = [];
	for (let i = 0; i < connections; i++) {
		const created = await createPerson(db, { email: `bench${i}@example.com`, name: `bench ${i}`, role: 'learner' });
		if (!created.ok) throw new Error('bench person exists');
		const token = generateSessionToken();
		await createSession(db, created.user.id, token);
		tokens.push(token);
	}
	await db.destroy();
	return tokens;
}

interface Served {
	rp: Roleplay;
	source: string;
}

/** The role-play as the app recorded it at start, so the bench plays the version it serves. */
async function servedRoleplay(options: DatabaseOptions): Promise<Served> {
	const { db } = connect(options);
	const row = await db
		.selectFrom('roleplay_versions')
		.select('source')
		.where('roleplay_id', '=', roleplayId)
		.orderBy('first_served_at', 'desc')
		.executeTakeFirstOrThrow();
	await db.destroy();
	return { rp: compileRoleplay(`content/roleplays/${roleplayId}.md`, row.source).roleplay!, source: row.source };
}

/** The baseline's database needs the version row its attempts refer to. */
async function keepVersion(options: DatabaseOptions, { rp, source }: Served): Promise<void> {
	const { db } = connect(options);
	await db
		.insertInto('roleplay_versions')
		.values({
			roleplay_id: rp.id,
			version: rp.version,
			title: rp.title,
			source,
			first_served_at: new Date().toISOString()
		})
		.execute();
	await db.destroy();
}

function post(agent: Agent, port: number, token: string, body: string): Promise<number> {
	return new Promise((resolve, reject) => {
		const req = request(
			{
				agent,
				host: '127.0.0.1',
				port,
				path: '/api/attempts',
				method: 'POST',
				headers: {
					'content-type': 'application/json',
					'content-length': Buffer.byteLength(body),
					cookie: `peilian_session=${token}`,
					origin: `http://127.0.0.1:${port}`
				}
			},
			(res) => {
				res.resume();
				res.on('end', () => resolve(res.statusCode ?? 0));
			}
		);
		req.on('error', reject);
		req.end(body);
	});
}

async function load(port: number, tokens: string[], rp: Roleplay, count: number): Promise<Figures> {
	const agent = new Agent({ keepAlive: true, maxSockets: connections });
	const random = seededRandom(7);
	const bodies = Array.from({ length: count }, () =>
		JSON.stringify({
			id: crypto.randomUUID(),
			roleplay: rp.id,
			version: rp.version,
			choices: plausiblePath(rp, 0.6, random)
		})
	);
	const latencies: number[] = [];
	let errors = 0;
	let next = 0;
	const began = performance.now();
	await Promise.all(
		tokens.map(async (token) => {
			while (next < bodies.length) {
				const body = bodies[next++];
				const t0 = performance.now();
				const status = await post(agent, port, token, body);
				latencies.push(performance.now() - t0);
				if (status !== 201) errors++;
			}
		})
	);
	const seconds = (performance.now() - began) / 1000;
	agent.destroy();
	latencies.sort((a, b) => a - b);
	const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
	return { rps: count / seconds, p50: at(0.5), p99: at(0.99), errors };
}

async function measure(
	options: DatabaseOptions,
	env: Record<string, string>,
	port: number,
	served?: Served
): Promise<{ figures: Figures; served: Served }> {
	let child: ChildProcess | undefined;
	try {
		let tokens: string[];
		if (served) {
			tokens = await people(options, true);
			await keepVersion(options, served);
			child = start('node_modules/.bin/tsx', ['bench/attempts/baseline.ts'], { ...env, PORT: String(port) });
			await waitFor(port, '/');
		} else {
			// BENCH_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof' profiles the app under this load.
			const nodeArgs = process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
			child = start('node', [...buildNodeArgs, ...nodeArgs, buildDir], {
				...env,
				PORT: String(port),
				HOST: '127.0.0.1',
				ORIGIN: `http://127.0.0.1:${port}`,
				PEILIAN_DEMO: '0'
			});
			await waitFor(port, '/');
			tokens = await people(options, false);
		}
		const playing = served ?? (await servedRoleplay(options));
		console.error(`  ${served ? 'baseline' : 'app'} ready on ${port}, warming up`);
		await load(port, tokens, playing.rp, warmup);
		return { figures: await load(port, tokens, playing.rp, requests), served: playing };
	} finally {
		if (child) await stop(child);
	}
}

async function onSqlite(): Promise<[Figures, Figures]> {
	const dir = mkdtempSync(join(tmpdir(), 'peilian-bench-'));
	try {
		const app = join(dir, 'app.sqlite');
		const base = join(dir, 'base.sqlite');
		const measured = await measure({ path: app }, { DATABASE_URL: '', DATABASE_PATH: app }, appPort);
		const baseline = await measure(
			{ path: base },
			{ DATABASE_URL: '', DATABASE_PATH: base },
			appPort + 1,
			measured.served
		);
		return [measured.figures, baseline.figures];
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

async function adminQuery(text: string): Promise<void> {
	const client = new pg.Client({ connectionString: pgUrl });
	await client.connect();
	try {
		await client.query(text);
	} finally {
		await client.end();
	}
}

async function onPostgres(): Promise<[Figures, Figures]> {
	const suffix = Math.random().toString(36).slice(2, 8);
	const names = [`peilian_bench_app_${suffix}`, `peilian_bench_base_${suffix}`];
	const urls = names.map((name) => {
		const url = new URL(pgUrl!);
		url.pathname = `/${name}`;
		return url.toString();
	});
	for (const name of names) await adminQuery(`create database ${name}`);
	try {
		const measured = await measure({ url: urls[0] }, { DATABASE_URL: urls[0] }, appPort);
		const baseline = await measure({ url: urls[1] }, { DATABASE_URL: urls[1] }, appPort + 1, measured.served);
		return [measured.figures, baseline.figures];
	} finally {
		for (const name of names) await adminQuery(`drop database if exists ${name} with (force)`);
	}
}

function print(dialect: string, [app, base]: [Figures, Figures]): void {
	const row = (name: string, f: Figures) =>
		`  ${name.padEnd(22)} ${f.rps.toFixed(0).padStart(6)} req/s   p50 ${f.p50.toFixed(1).padStart(6)} ms   p99 ${f.p99.toFixed(1).padStart(6)} ms   non-201: ${f.errors}`;
	console.log(`${dialect}: ${requests} POST /api/attempts at ${connections} connections`);
	console.log(row('app (replay + store)', app));
	console.log(row('bare node:http insert', base));
	console.log(
		`  ratio app/baseline: throughput ${(app.rps / base.rps).toFixed(2)}x, p50 ${(app.p50 / base.p50).toFixed(2)}x, p99 ${(app.p99 / base.p99).toFixed(2)}x`
	);
}

print('SQLite', await onSqlite());
if (pgUrl) print('PostgreSQL', await onPostgres());
else
	console.log(
		'PostgreSQL skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL (postgres://postgres@127.0.0.1:5432/test)'
	);
