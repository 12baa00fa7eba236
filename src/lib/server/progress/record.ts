// A learner's own record: attempts, best scores, and skills week by week.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { learnerAttempts, type LearnerAttempt } from '../reports/learner';

export type AttemptSummary = LearnerAttempt;

/** The learner's latest attempts, newest first: the same query their manager's page runs, over all time. */
export function attemptsOf(db: Kysely<Database>, userId: string, limit = 100): Promise<AttemptSummary[]> {
	return learnerAttempts(db, userId, {}, limit);
}

export interface BestScore {
	roleplayId: string;
	best: number;
	attempts: number;
	last: string;
}

export async function bestScores(db: Kysely<Database>, userId: string): Promise<BestScore[]> {
	const rows = await db
		.selectFrom('attempts')
		.select((eb) => [
			'roleplay_id',
			eb.fn.max('percent').as('best'),
			eb.fn.countAll<string | number>().as('attempts'),
			eb.fn.max('finished_at').as('last')
		])
		.where('user_id', '=', userId)
		.groupBy('roleplay_id')
		.orderBy('roleplay_id')
		.execute();
	return rows.map((r) => ({
		roleplayId: r.roleplay_id,
		best: Number(r.best),
		attempts: Number(r.attempts),
		last: r.last
	}));
}

export interface SkillWeeks {
	/** Monday of each week with attempts, YYYY-MM-DD, oldest first */
	weeks: string[];
	/** skill key -> average percent per week (null: not practised that week) */
	skills: Record<string, (number | null)[]>;
}

/** Per-day sums come from SQL (the same on both databases); days are folded into weeks here. */
export async function skillsByWeek(db: Kysely<Database>, userId: string): Promise<SkillWeeks> {
	const rows = await db
		.selectFrom('attempt_skills as s')
		.innerJoin('attempts as a', 'a.id', 's.attempt_id')
		.select((eb) => [
			's.skill',
			eb.fn<string>('substr', ['a.finished_at', eb.val(1), eb.val(10)]).as('day'),
			eb.fn.sum<string | number>('s.percent').as('total'),
			eb.fn.count<string | number>('s.percent').as('n')
		])
		.where('a.user_id', '=', userId)
		.where('s.percent', 'is not', null)
		.groupBy(['s.skill', 'day'])
		.execute();
	const sums = new Map<string, { total: number; n: number }>();
	const weeks = new Set<string>();
	for (const row of rows) {
		const week = mondayOf(row.day);
		weeks.add(week);
		const key = `${row.skill}|${week}`;
		const sum = sums.get(key) ?? { total: 0, n: 0 };
		sum.total += Number(row.total);
		sum.n += Number(row.n);
		sums.set(key, sum);
	}
	const ordered = [...weeks].sort();
	const skills: Record<string, (number | null)[]> = {};
	for (const skill of new Set(rows.map((r) => r.skill))) {
		skills[skill] = ordered.map((week) => {
			const sum = sums.get(`${skill}|${week}`);
			return sum ? Math.round(sum.total / sum.n) : null;
		});
	}
	return { weeks: ordered, skills };
}

function mondayOf(day: string): string {
	const date = new Date(`${day}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
	return date.toISOString().slice(0, 10);
}
