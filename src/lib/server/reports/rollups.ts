// The rollup tables' upkeep, in each database's own trigger language, and the one-off count of
// attempts stored before the triggers existed. Days are calendar days in the teams' time zone
// (src/lib/time-zone.ts), the same days the report filters use.
import { sql, type Kysely } from 'kysely';
import { TEAM_TIME_ZONE, TEAM_UTC_OFFSET_HOURS } from '../../time-zone';
import { isPostgres } from '../db/connect';

const bin = (percent: string) =>
	`case when ${percent} >= 100 then 9 when ${percent} < 0 then 0 else ${percent} / 10 end`;
const sqliteDay = (iso: string) => `date(${iso}, '${TEAM_UTC_OFFSET_HOURS} hours')`;
const postgresDay = (iso: string) => `to_char((${iso})::timestamptz at time zone '${TEAM_TIME_ZONE}', 'YYYY-MM-DD')`;

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

/**
 * Per learner, day and skill: the attempts that scored the skill and their percents summed, so a
 * learner's skills against the whole team's read a few hundred rows that lie together instead of
 * thousands of attempts scattered over the table.
 */
export async function createLearnerSkillTriggers<DB>(db: Kysely<DB>): Promise<void> {
	const postgres = isPostgres(db);
	const upsert = `
		insert into learner_skill_days as d (user_id, day, skill, attempts, percent_sum)
		select user_id, ${(postgres ? postgresDay : sqliteDay)('finished_at')}, new.skill, 1, new.percent from attempts where id = new.attempt_id
		on conflict (user_id, day, skill) do update set attempts = d.attempts + 1, percent_sum = d.percent_sum + excluded.percent_sum;`;
	const statements = postgres
		? [
				`create function attempt_skills_rollup() returns trigger language plpgsql as $$ begin ${upsert} return null; end $$`,
				`create trigger attempt_skills_rollup after insert on attempt_skills for each row when (new.percent is not null)
				 execute function attempt_skills_rollup()`
			]
		: [
				`create trigger attempt_skills_rollup after insert on attempt_skills when new.percent is not null begin ${upsert} end`
			];
	for (const statement of statements) await sql.raw(statement).execute(db);
}

/**
 * Takes an attempt, its choices and its skills back out of the rollups when it is deleted, directly or
 * because its learner's account is (the cascade to the attempt's rows runs after this, so they are still
 * there). Rows that fall to zero are removed, so a day nobody practised leaves no trace.
 */
export async function createRollupDeleteTriggers<DB>(db: Kysely<DB>): Promise<void> {
	const postgres = isPostgres(db);
	const day = (postgres ? postgresDay : sqliteDay)('old.finished_at');
	const body = `
		update roleplay_day_stats set
			attempts = attempts - 1, passed = passed - old.passed, percent_sum = percent_sum - old.percent
			where roleplay_id = old.roleplay_id and day = ${day} and bin = ${bin('old.percent')};
		delete from roleplay_day_stats
			where roleplay_id = old.roleplay_id and day = ${day} and bin = ${bin('old.percent')} and attempts <= 0;
		update choice_day_counts set picked = picked - (
				select count(*) from attempt_choices c
				where c.attempt_id = old.id and c.step_id = choice_day_counts.step_id and c.position = choice_day_counts.position)
			where roleplay_id = old.roleplay_id and day = ${day}
				and (step_id, position) in (select step_id, position from attempt_choices where attempt_id = old.id);
		delete from choice_day_counts where roleplay_id = old.roleplay_id and day = ${day} and picked <= 0;
		update learner_skill_days set
				attempts = attempts - 1,
				percent_sum = percent_sum - (select s.percent from attempt_skills s where s.attempt_id = old.id and s.skill = learner_skill_days.skill)
			where user_id = old.user_id and day = ${day}
				and skill in (select skill from attempt_skills where attempt_id = old.id and percent is not null);
		delete from learner_skill_days where user_id = old.user_id and day = ${day} and attempts <= 0;`;
	const statements = postgres
		? [
				`create function attempts_rollup_delete() returns trigger language plpgsql as $$ begin ${body} return old; end $$`,
				`create trigger attempts_rollup_delete before delete on attempts for each row execute function attempts_rollup_delete()`
			]
		: [`create trigger attempts_rollup_delete before delete on attempts begin ${body} end`];
	for (const statement of statements) await sql.raw(statement).execute(db);
}

/** Counts every stored attempt and choice into empty role-play rollups (migration 004). */
export async function backfillRoleplayRollups<DB>(db: Kysely<DB>): Promise<void> {
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

/** Counts every stored attempt's skills into an empty learner rollup (migration 005). */
export async function backfillLearnerSkills<DB>(db: Kysely<DB>): Promise<void> {
	const day = isPostgres(db) ? postgresDay : sqliteDay;
	await sql
		.raw(
			`insert into learner_skill_days (user_id, day, skill, attempts, percent_sum)
			 select a.user_id, ${day('a.finished_at')}, s.skill, count(*), sum(s.percent)
			 from attempt_skills s join attempts a on a.id = s.attempt_id where s.percent is not null group by 1, 2, 3`
		)
		.execute(db);
}

/** Counts every stored attempt into all the (empty) rollups, after a bulk load. */
export async function backfillRollups<DB>(db: Kysely<DB>): Promise<void> {
	await backfillRoleplayRollups(db);
	await backfillLearnerSkills(db);
}
