// What the database holds after a load, checked against what was sent: every acknowledged attempt is
// there once, with the score the engine computes for its path and one row per choice.
import type { Kysely } from 'kysely';
import type { Database } from '../../../src/lib/server/db/schema';
import type { SentAttempt } from './load';
import { expectedResult } from './paths';

export interface StoredCheck {
	sent: number;
	acknowledged: number;
	stored: number;
	/** acknowledged but not in the database */
	lost: string[];
	/** more than one row (or more detail rows than the path has) for one id */
	duplicated: string[];
	/** stored with a score other than the engine's */
	wrongScore: string[];
	/** rows for these learners that no one sent */
	phantom: string[];
}

export async function checkStored(db: Kysely<Database>, attempts: SentAttempt[]): Promise<StoredCheck> {
	const byId = new Map(attempts.map((a) => [a.id, a]));
	const userIds = [...new Set(attempts.map((a) => a.userId))];
	const rows = [];
	const choiceCounts = new Map<string, number>();
	const skillCounts = new Map<string, number>();
	for (let i = 0; i < userIds.length; i += 200) {
		const users = userIds.slice(i, i + 200);
		rows.push(...(await db.selectFrom('attempts').selectAll().where('user_id', 'in', users).execute()));
		const counted = (table: 'attempt_choices' | 'attempt_skills') =>
			db
				.selectFrom(table)
				.innerJoin('attempts', 'attempts.id', `${table}.attempt_id`)
				.select(['attempts.id', (eb) => eb.fn.countAll<string | number>().as('n')])
				.where('attempts.user_id', 'in', users)
				.groupBy('attempts.id')
				.execute();
		for (const r of await counted('attempt_choices')) choiceCounts.set(r.id, Number(r.n));
		for (const r of await counted('attempt_skills')) skillCounts.set(r.id, Number(r.n));
	}
	const rowsPerId = new Map<string, number>();
	for (const row of rows) rowsPerId.set(row.id, (rowsPerId.get(row.id) ?? 0) + 1);

	const check: StoredCheck = {
		sent: attempts.length,
		acknowledged: attempts.filter((a) => a.acknowledged).length,
		stored: rowsPerId.size,
		lost: attempts.filter((a) => a.acknowledged && !rowsPerId.has(a.id)).map((a) => a.id),
		duplicated: [],
		wrongScore: [],
		phantom: []
	};
	for (const row of rows) {
		const sent = byId.get(row.id);
		if (!sent || sent.userId !== row.user_id) {
			check.phantom.push(row.id);
			continue;
		}
		const expected = expectedResult(sent.roleplay, sent.choices);
		if (
			rowsPerId.get(row.id)! > 1 ||
			choiceCounts.get(row.id) !== sent.choices.length ||
			(skillCounts.get(row.id) ?? 0) !== Object.keys(expected.skills).length
		) {
			check.duplicated.push(row.id);
		}
		const same =
			row.total === expected.total &&
			row.best === expected.best &&
			Number(row.percent) === expected.percent &&
			Number(row.passed) === (expected.passed ? 1 : 0) &&
			row.outcome === expected.outcome &&
			row.ending === expected.ending &&
			row.version === sent.roleplay.version;
		if (!same) check.wrongScore.push(row.id);
	}
	check.duplicated = [...new Set(check.duplicated)];
	return check;
}
