// Bulk loading for the benchmark: prepared statements in large transactions on SQLite, and multi-row
// inserts from arrays (`insert ... select * from unnest(...)`) on PostgreSQL, a batch per round trip.
// The secondary indexes of the attempt tables are dropped first and built again at the end (their
// definitions are read back from the database, so they are exactly what the migrations made): sorting
// once is far cheaper than millions of random B-tree inserts. The rollup triggers are off during the
// load; the caller fills the rollups once at the end, as the migration does for existing attempts.
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { attemptColumns, attemptValues, type AttemptRow, type Organisation } from './data';

const created = new Date().toISOString();
const bulkTables = "'attempts', 'attempt_skills', 'attempt_choices'";
const integerColumns = new Set(['total', 'best', 'percent', 'passed']);

export interface Loader {
	people(org: Organisation): Promise<void>;
	attempts(batch: AttemptRow[]): Promise<void>;
	finish(): Promise<void>;
}

export function sqliteLoader(path: string): Loader {
	const db = new SQLite(path);
	db.pragma('journal_mode = WAL');
	db.pragma('synchronous = OFF');
	db.pragma('cache_size = -262144');
	const team = db.prepare('insert into teams (id, name, created_at) values (?, ?, ?)');
	const user = db.prepare(
		'insert into users (id, email, name, role, team_id, password_hash, created_at) values (?, ?, ?, ?, ?, null, ?)'
	);
	const manages = db.prepare('insert into team_managers (team_id, user_id) values (?, ?)');
	const attempt = db.prepare(
		`insert into attempts (${attemptColumns.join(', ')}) values (${attemptColumns.map(() => '?').join(', ')})`
	);
	const skill = db.prepare(
		'insert into attempt_skills (attempt_id, skill, score, best, percent) values (?, ?, ?, ?, ?)'
	);
	const choice = db.prepare(
		'insert into attempt_choices (attempt_id, seq, roleplay_id, step_id, position, line, effects) values (?, ?, ?, ?, ?, ?, ?)'
	);
	const indexes = db
		.prepare(
			`select name, sql from sqlite_master where type = 'index' and sql is not null and tbl_name in (${bulkTables})`
		)
		.all() as { name: string; sql: string }[];
	for (const index of indexes) db.exec(`drop index ${index.name}`);
	const triggers = db
		.prepare(`select name, sql from sqlite_master where type = 'trigger' and tbl_name in (${bulkTables})`)
		.all() as { name: string; sql: string }[];
	for (const trigger of triggers) db.exec(`drop trigger ${trigger.name}`);
	const people = db.transaction((org: Organisation) => {
		for (const t of org.teams) team.run(t.id, t.name, created);
		org.managers.forEach((m, i) => {
			user.run(m.id, `manager${i}@bench.example`, `经理${i}`, 'manager', null, created);
			manages.run(m.teamId, m.id);
		});
		org.learners.forEach((l, i) =>
			user.run(l.id, `learner${i}@bench.example`, `学员${i}`, 'learner', l.teamId, created)
		);
	});
	const attempts = db.transaction((batch: AttemptRow[]) => {
		for (const a of batch) {
			const p = a.path;
			attempt.run(...attemptValues(a));
			for (const s of p.skills) skill.run(a.id, s.skill, s.score, s.best, s.percent);
			p.choices.forEach((c, seq) => choice.run(a.id, seq, p.rp.id, c.step, c.position, c.line, c.effects));
		}
	});
	return {
		async people(org) {
			people(org);
		},
		async attempts(batch) {
			attempts(batch);
		},
		async finish() {
			for (const index of indexes) db.exec(index.sql);
			for (const trigger of triggers) db.exec(trigger.sql);
			db.exec('analyze');
			db.close();
		}
	};
}

export function postgresLoader(url: string): Loader {
	const client = new pg.Client({ connectionString: url });
	let indexes: { indexname: string; indexdef: string }[] = [];
	const ready = client.connect().then(async () => {
		await client.query("set synchronous_commit = off; set maintenance_work_mem = '256MB'");
		indexes = (
			await client.query(
				`select indexname, indexdef from pg_indexes where schemaname = current_schema() and tablename in (${bulkTables})
				 and indexname not in (select conname from pg_constraint)`
			)
		).rows;
		for (const index of indexes) await client.query(`drop index ${index.indexname}`);
		for (const table of ['attempts', 'attempt_skills', 'attempt_choices'])
			await client.query(`alter table ${table} disable trigger user`);
	});
	const unnest = async (table: string, columns: string[], types: string[], rows: unknown[][]) => {
		if (rows.length === 0) return;
		const arrays = columns.map((_, i) => rows.map((r) => r[i]));
		const params = types.map((t, i) => `$${i + 1}::${t}[]`).join(', ');
		await client.query(`insert into ${table} (${columns.join(', ')}) select * from unnest(${params})`, arrays);
	};
	return {
		async people(org) {
			await ready;
			await unnest(
				'teams',
				['id', 'name', 'created_at'],
				['text', 'text', 'text'],
				org.teams.map((t) => [t.id, t.name, created])
			);
			const users = [
				...org.managers.map((m, i) => [m.id, `manager${i}@bench.example`, `经理${i}`, 'manager', null, created]),
				...org.learners.map((l, i) => [l.id, `learner${i}@bench.example`, `学员${i}`, 'learner', l.teamId, created])
			];
			await unnest(
				'users',
				['id', 'email', 'name', 'role', 'team_id', 'created_at'],
				['text', 'text', 'text', 'text', 'text', 'text'],
				users
			);
			await unnest(
				'team_managers',
				['team_id', 'user_id'],
				['text', 'text'],
				org.managers.map((m) => [m.teamId, m.id])
			);
		},
		async attempts(batch) {
			await ready;
			const attempts: unknown[][] = [];
			const skills: unknown[][] = [];
			const choices: unknown[][] = [];
			for (const a of batch) {
				const p = a.path;
				attempts.push(attemptValues(a));
				for (const s of p.skills) skills.push([a.id, s.skill, s.score, s.best, s.percent]);
				p.choices.forEach((c, seq) => choices.push([a.id, seq, p.rp.id, c.step, c.position, c.line, c.effects]));
			}
			await client.query('begin');
			await unnest(
				'attempts',
				attemptColumns,
				attemptColumns.map((c) => (integerColumns.has(c) ? 'int' : 'text')),
				attempts
			);
			await unnest(
				'attempt_skills',
				['attempt_id', 'skill', 'score', 'best', 'percent'],
				['text', 'text', 'int', 'int', 'int'],
				skills
			);
			await unnest(
				'attempt_choices',
				['attempt_id', 'seq', 'roleplay_id', 'step_id', 'position', 'line', 'effects'],
				['text', 'int', 'text', 'text', 'int', 'text', 'text'],
				choices
			);
			await client.query('commit');
		},
		async finish() {
			for (const index of indexes) await client.query(index.indexdef);
			for (const table of ['attempts', 'attempt_skills', 'attempt_choices'])
				await client.query(`alter table ${table} enable trigger user`);
			await client.end();
		}
	};
}
