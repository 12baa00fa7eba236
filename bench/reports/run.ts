// Reports benchmark: fills a database with an organisation of 10,000 learners in 200 teams and
// 1,000,000 attempts (with their choice and skill rows), then times the team overview, the learner page
// and the role-play analytics as the server runs them (the report functions themselves), p50 and p95,
// on SQLite and on PostgreSQL.
//   npm run bench:reports -- [--attempts 1000000] [--learners 10000] [--teams 200] [--runs 40]
//                            [--only sqlite|postgres] [--pg postgres://postgres@127.0.0.1:5432/test] [--keep]
// --keep leaves the filled databases in place (/tmp/peilian-bench-reports.sqlite and the PostgreSQL
// database peilian_bench_reports) and reuses them on the next run with the same sizes, so a change to a
// report query can be timed again without loading a million attempts once more.
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import { saveContentVersions } from '../../src/lib/server/attempts/versions';
import { assignmentsFor, createAssignment, today } from '../../src/lib/server/coaching/assignments';
import { commentsByAttempt } from '../../src/lib/server/coaching/comments';
import { connect, type Connection, type Dialect } from '../../src/lib/server/db/connect';
import { migrateToLatest } from '../../src/lib/server/db/migrate';
import { modulesDone } from '../../src/lib/server/progress/modules';
import { roleplayAnalytics } from '../../src/lib/server/reports/analytics';
import { dateRange } from '../../src/lib/server/reports/filters';
import { learnerAttempts, skillComparison, transcripts } from '../../src/lib/server/reports/learner';
import { backfillRollups } from '../../src/lib/server/reports/rollups';
import { teamOverview } from '../../src/lib/server/reports/team';
import { seededRandom } from '../../src/lib/server/seed/paths';
import { attemptBatches, loadRoleplays, organisation, pathPool, type Organisation } from './data';
import { postgresLoader, sqliteLoader, type Loader } from './load';

const { values: args } = parseArgs({
	options: {
		attempts: { type: 'string', default: '1000000' },
		learners: { type: 'string', default: '10000' },
		teams: { type: 'string', default: '200' },
		runs: { type: 'string', default: '40' },
		keep: { type: 'boolean', default: false },
		// A small organisation on SQLite alone, so the tests can run it.
		quick: { type: 'boolean', default: false },
		only: { type: 'string' },
		pg: { type: 'string', default: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test' }
	}
});
if (args.quick)
	Object.assign(args, { attempts: '2000', learners: '50', teams: '5', runs: '3', only: args.only ?? 'sqlite' });
const attemptCount = Number(args.attempts);
const runs = Number(args.runs);
const target = 200;

const roleplays = loadRoleplays();
const random = seededRandom(7);
const org = organisation(Number(args.teams), Number(args.learners), random);
const pools = pathPool(
	roleplays.map((r) => r.rp),
	400,
	random
);

async function fill(connection: Connection, loader: Loader): Promise<void> {
	await saveContentVersions(
		connection.db,
		roleplays.map((r) => ({ path: `content/roleplays/${r.rp.id}.md`, source: r.source }))
	);
	const started = performance.now();
	await loader.people(org);
	let loaded = 0;
	for (const batch of attemptBatches(org, pools, attemptCount, 20_000, 11)) {
		await loader.attempts(batch);
		loaded += batch.length;
		if (loaded % 200_000 === 0) console.log(`  ${loaded.toLocaleString('en')} attempts, ${seconds(started)} s`);
	}
	const inserted = seconds(started);
	await loader.finish();
	const indexed = seconds(started);
	await backfillRollups(connection.db);
	await sql.raw(connection.dialect === 'postgres' ? 'vacuum analyze' : 'analyze').execute(connection.db);
	console.log(
		`  generated and inserted in ${inserted} s; indexes built by ${indexed} s; rollups filled and analysed by ${seconds(started)} s`
	);
	// Two assignments per team (one to the team, one to a learner), as a manager would have.
	for (const [i, team] of org.teams.entries()) {
		const manager = org.managers[i].id;
		await createAssignment(connection.db, manager, {
			kind: 'roleplay',
			roleplay: roleplays[i % roleplays.length].rp.id,
			team: team.id,
			due: '2026-12-31',
			required: 70
		});
		const learner = org.learners.find((l) => l.teamId === team.id)!;
		await createAssignment(connection.db, manager, {
			kind: 'module',
			module: 'new-sales/who-is-the-customer',
			learner: learner.id,
			due: '2026-01-31'
		});
	}
}

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

async function timeIt(
	name: string,
	run: (i: number) => Promise<unknown>
): Promise<{ name: string; p50: number; p95: number }> {
	for (let i = 0; i < 3; i++) await run(i + runs);
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t = performance.now();
		await run(i);
		times.push(performance.now() - t);
	}
	times.sort((a, b) => a - b);
	const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)];
	return { name, p50: at(0.5), p95: at(0.95) };
}

async function measure(connection: Connection, org: Organisation) {
	const { db } = connection;
	const all = dateRange(new URLSearchParams());
	const pick = <T>(list: T[], i: number) => list[(i * 7919) % list.length];
	const todayOn = today();
	return [
		await timeIt('team overview (one team, 50 learners x 8 role-plays)', (i) => {
			const team = pick(org.teams, i);
			return teamOverview(db, [team], all, todayOn);
		}),
		await timeIt(
			'learner page (attempts, skills vs team, 30 transcripts, comments, assignments, progress)',
			async (i) => {
				const learner = pick(org.learners, i);
				const [attempts] = await Promise.all([
					learnerAttempts(db, learner.id, all),
					skillComparison(db, learner.id, learner.teamId, all),
					modulesDone(db, learner.id),
					assignmentsFor(db, learner.id, todayOn)
				]);
				const shown = attempts.slice(0, 30);
				await Promise.all([
					transcripts(db, shown),
					commentsByAttempt(
						db,
						shown.map((a) => a.id)
					)
				]);
			}
		),
		await timeIt('role-play analytics, manager (one team)', (i) =>
			roleplayAnalytics(db, pick(roleplays, i).rp, [pick(org.teams, i).id], all)
		),
		await timeIt('role-play analytics, trainer (everyone)', (i) =>
			roleplayAnalytics(db, pick(roleplays, i).rp, null, all)
		),
		await timeIt('role-play analytics, trainer, last 30 days', (i) => {
			const from = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
			return roleplayAnalytics(db, pick(roleplays, i).rp, null, dateRange(new URLSearchParams({ from })));
		})
	];
}

async function bench(dialect: Dialect): Promise<void> {
	console.log(
		`\n${dialect}: ${org.learners.length.toLocaleString('en')} learners in ${org.teams.length} teams, ${attemptCount.toLocaleString('en')} attempts`
	);
	let connection: Connection;
	let loader: () => Loader;
	let cleanup: () => Promise<void>;
	if (dialect === 'sqlite') {
		const path = '/tmp/peilian-bench-reports.sqlite';
		if (!args.keep) rmSync(path, { force: true });
		connection = connect({ path });
		loader = () => sqliteLoader(path);
		cleanup = async () => {
			if (!args.keep) rmSync(path, { force: true });
		};
	} else {
		const name = args.keep ? 'peilian_bench_reports' : `peilian_bench_reports_${process.pid}`;
		if (!args.keep || !(await admin(args.pg!, `select 1 from pg_database where datname = '${name}'`))) {
			await admin(args.pg!, `create database ${name}`);
		}
		const url = args.pg!.replace(/\/[^/]*$/, `/${name}`);
		connection = connect({ url, poolSize: 4 });
		loader = () => postgresLoader(url);
		cleanup = async () => {
			if (!args.keep) await admin(args.pg!, `drop database ${name}`);
		};
	}
	try {
		await migrateToLatest(connection.db, connection.schema);
		const kept = args.keep ? await keptOrganisation(connection) : null;
		if (kept) {
			console.log('  reusing the database filled by an earlier --keep run');
			// A migration may have added tables since; the planner needs their statistics.
			await sql.raw(connection.dialect === 'postgres' ? 'vacuum analyze' : 'analyze').execute(connection.db);
		} else await fill(connection, loader());
		const rows = await measure(connection, kept ?? org);
		console.log(`  ${'query'.padEnd(90)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)}  target p95 < ${target} ms`);
		for (const r of rows) {
			console.log(
				`  ${r.name.padEnd(90)} ${r.p50.toFixed(1).padStart(8)} ${r.p95.toFixed(1).padStart(8)}  ${r.p95 < target ? 'ok' : 'OVER'}`
			);
		}
	} finally {
		await connection.db.destroy();
		await cleanup();
	}
}

/** The organisation stored by an earlier --keep run, when it has the sizes asked for now. */
async function keptOrganisation({ db }: Connection): Promise<Organisation | null> {
	const { n } = await db
		.selectFrom('attempts')
		.select((eb) => eb.fn.countAll<string | number>().as('n'))
		.executeTakeFirstOrThrow();
	if (Number(n) !== attemptCount) {
		if (Number(n) > 0)
			throw new Error(`the kept database holds ${n} attempts, not ${attemptCount}: drop it or run without --keep`);
		return null;
	}
	const teams = await db.selectFrom('teams').select(['id', 'name']).orderBy('name').execute();
	const managers = await db.selectFrom('team_managers').select(['team_id as teamId', 'user_id as id']).execute();
	const learners = await db
		.selectFrom('users')
		.select(['id', 'team_id'])
		.where('role', '=', 'learner')
		.orderBy('email')
		.execute();
	if (teams.length !== org.teams.length || learners.length !== org.learners.length) {
		throw new Error('the kept database has another organisation: drop it or run without --keep');
	}
	return { teams, managers, learners: learners.map((l) => ({ id: l.id, teamId: l.team_id!, skill: 0 })) };
}

/** Runs one statement on the server's default database; true when it returned a row. */
async function admin(url: string, text: string): Promise<boolean> {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		return ((await client.query(text)).rowCount ?? 0) > 0;
	} finally {
		await client.end();
	}
}

for (const dialect of ['sqlite', 'postgres'] as const) {
	if (args.only && args.only !== dialect) continue;
	await bench(dialect);
}
