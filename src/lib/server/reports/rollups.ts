// The rollup tables' upkeep, in each database's own trigger language, and the one-off count of
// attempts stored before the triggers existed. Days are calendar days in UTC+8 (China has no summer
// time), the same days the report filters use.
import { PostgresAdapter, sql, type Kysely } from 'kysely';

const isPostgres = <DB>(db: Kysely<DB>) => db.getExecutor().adapter instanceof PostgresAdapter;

const bin = (percent: string) => `case when ${percent} >= 100 then 9 when ${percent} < 0 then 0 else ${percent} / 10 end`;
const sqliteDay = (iso: string) => `date(${iso}, '+8 hours')`;
const postgresDay = (iso: string) => `to_char((${iso})::timestamptz at time zone 'Asia/Shanghai', 'YYYY-MM-DD')`;

export async function createRollupTriggers<DB>(db: Kysely<DB>): Promise<void> {
	const statements = isPostgres(db) ? postgresTriggers() : sqliteTriggers();
	for (const statement of statements) await sql.raw(statement).execute(db);
}

function sqliteTriggers(): string[] {
	return [
		`create trigger attempts_rollup after insert on attempts begin
			insert into roleplay_day_stats (roleplay_id, day, bin, attempts, passed, percent_sum)
			values (new.roleplay_id, ${sqliteDay('new.finished_at')}, ${bin('new.percent')}, 1, new.passed, new.percent)
			on conflict (roleplay_id, day, bin) do update set
				attempts = attempts + 1, passed = passed + excluded.passed, percent_sum = percent_sum + excluded.percent_sum;
		end`,
		`create trigger attempt_choices_rollup after insert on attempt_choices begin
			insert into choice_day_counts (roleplay_id, day, step_id, position, picked)
			values (new.roleplay_id, (select ${sqliteDay('finished_at')} from attempts where id = new.attempt_id), new.step_id, new.position, 1)
			on conflict (roleplay_id, day, step_id, position) do update set picked = picked + 1;
		end`
	];
}

function postgresTriggers(): string[] {
	return [
		`create function attempts_rollup() returns trigger language plpgsql as $$
		begin
			insert into roleplay_day_stats as s (roleplay_id, day, bin, attempts, passed, percent_sum)
			values (new.roleplay_id, ${postgresDay('new.finished_at')}, ${bin('new.percent')}, 1, new.passed, new.percent)
			on conflict (roleplay_id, day, bin) do update set
				attempts = s.attempts + 1, passed = s.passed + excluded.passed, percent_sum = s.percent_sum + excluded.percent_sum;
			return null;
		end $$`,
		`create trigger attempts_rollup after insert on attempts for each row execute function attempts_rollup()`,
		`create function attempt_choices_rollup() returns trigger language plpgsql as $$
		begin
			insert into choice_day_counts as c (roleplay_id, day, step_id, position, picked)
			values (new.roleplay_id, (select ${postgresDay('finished_at')} from attempts where id = new.attempt_id), new.step_id, new.position, 1)
			on conflict (roleplay_id, day, step_id, position) do update set picked = c.picked + 1;
			return null;
		end $$`,
		`create trigger attempt_choices_rollup after insert on attempt_choices for each row execute function attempt_choices_rollup()`
	];
}

/** Counts every stored attempt and choice into empty rollups (after a migration or a bulk load). */
export async function backfillRollups<DB>(db: Kysely<DB>): Promise<void> {
	const day = isPostgres(db) ? postgresDay : sqliteDay;
	await sql
		.raw(
			`insert into roleplay_day_stats (roleplay_id, day, bin, attempts, passed, percent_sum)
			 select roleplay_id, ${day('finished_at')}, ${bin('percent')}, count(*), sum(passed), sum(percent)
			 from attempts group by 1, 2, 3`
		)
		.execute(db);
	await sql
		.raw(
			`insert into choice_day_counts (roleplay_id, day, step_id, position, picked)
			 select c.roleplay_id, ${day('a.finished_at')}, c.step_id, c.position, count(*)
			 from attempt_choices c join attempts a on a.id = c.attempt_id group by 1, 2, 3, 4`
		)
		.execute(db);
}
