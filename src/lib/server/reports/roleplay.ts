// How a role-play plays across many learners: attempts, pass rate, average, a histogram of percent,
// and for every step how often each choice was picked. Scope is a list of teams (a manager), read from
// the attempts themselves, or everyone (null: trainers and admins), read from the per-day rollups.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { dayIn, finishedIn, type DateRange } from './filters';

export interface RoleplaySummary {
	attempts: number;
	passRate: number | null;
	average: number | null;
	/** ten bins: 0-9, 10-19, ..., 90-100 */
	histogram: number[];
}

export interface ChoiceCount {
	stepId: string;
	position: number;
	picked: number;
}

type Scope = string[] | null;

function teamAttempts(db: Kysely<Database>, roleplayId: string, teamIds: string[], range: DateRange) {
	return db
		.selectFrom('attempts as a')
		.where('a.roleplay_id', '=', roleplayId)
		.where('a.user_id', 'in', (eb) =>
			eb
				.selectFrom('users')
				.select('users.id')
				.where('users.team_id', 'in', teamIds.length ? teamIds : [''])
		)
		.where((eb) => finishedIn(eb, 'a.finished_at', range));
}

/** Over everyone the per-day rollups answer, a few thousand rows whatever the number of attempts. */
function dayStats(db: Kysely<Database>, roleplayId: string, range: DateRange) {
	return db
		.selectFrom('roleplay_day_stats as s')
		.where('s.roleplay_id', '=', roleplayId)
		.where((eb) => dayIn(eb, 's.day', range));
}

export async function roleplaySummary(
	db: Kysely<Database>,
	roleplayId: string,
	teamIds: Scope,
	range: DateRange
): Promise<RoleplaySummary> {
	const bin = sql<number>`case when a.percent >= 100 then 9 when a.percent < 0 then 0 else a.percent / 10 end`;
	const rows =
		teamIds === null
			? await dayStats(db, roleplayId, range)
					.select((eb) => [
						's.bin',
						eb.fn.sum<string | number>('s.attempts').as('attempts'),
						eb.fn.sum<string | number>('s.passed').as('passed'),
						eb.fn.sum<string | number>('s.percent_sum').as('percent_sum')
					])
					.groupBy('s.bin')
					.execute()
			: await teamAttempts(db, roleplayId, teamIds, range)
					.select((eb) => [
						bin.as('bin'),
						eb.fn.countAll<string | number>().as('attempts'),
						eb.fn.sum<string | number>('a.passed').as('passed'),
						eb.fn.sum<string | number>('a.percent').as('percent_sum')
					])
					.groupBy(bin)
					.execute();
	const histogram = Array.from({ length: 10 }, () => 0);
	let attempts = 0;
	let passed = 0;
	let percentSum = 0;
	for (const row of rows) {
		histogram[Number(row.bin)] = Number(row.attempts);
		attempts += Number(row.attempts);
		passed += Number(row.passed);
		percentSum += Number(row.percent_sum);
	}
	return {
		attempts,
		passRate: attempts ? Math.round((100 * passed) / attempts) : null,
		average: attempts ? Math.round(percentSum / attempts) : null,
		histogram
	};
}

/** How many times each (step, position) was picked. */
export async function choiceCounts(
	db: Kysely<Database>,
	roleplayId: string,
	teamIds: Scope,
	range: DateRange
): Promise<ChoiceCount[]> {
	const rows =
		teamIds === null
			? await db
					.selectFrom('choice_day_counts as c')
					.select((eb) => ['c.step_id', 'c.position', eb.fn.sum<string | number>('c.picked').as('picked')])
					.where('c.roleplay_id', '=', roleplayId)
					.where((eb) => dayIn(eb, 'c.day', range))
					.groupBy(['c.step_id', 'c.position'])
					.execute()
			: await teamAttempts(db, roleplayId, teamIds, range)
					.innerJoin('attempt_choices as c', 'c.attempt_id', 'a.id')
					.select((eb) => ['c.step_id', 'c.position', eb.fn.countAll<string | number>().as('picked')])
					.groupBy(['c.step_id', 'c.position'])
					.execute();
	return rows.map((r) => ({ stepId: r.step_id, position: r.position, picked: Number(r.picked) }));
}
