// An attempt's result as the engine reported it, rebuilt from the stored rows.
import type { Kysely } from 'kysely';
import type { Result } from '../../roleplay';
import { jsonColumns, readJson } from '../db/json';
import type { Database } from '../db/schema';

export async function storedResult(
	db: Kysely<Database>,
	attemptId: string
): Promise<{ userId: string; result: Result } | null> {
	const attempt = await db.selectFrom('attempts').selectAll().where('id', '=', attemptId).executeTakeFirst();
	if (!attempt) return null;
	const [skills, steps] = await Promise.all([
		db.selectFrom('attempt_skills').selectAll().where('attempt_id', '=', attemptId).execute(),
		db.selectFrom('attempt_choices').select('step_id').where('attempt_id', '=', attemptId).orderBy('seq').execute()
	]);
	return {
		userId: attempt.user_id,
		result: {
			id: attempt.roleplay_id,
			outcome: attempt.outcome,
			ending: attempt.ending,
			total: attempt.total,
			best: attempt.best,
			percent: attempt.percent,
			passed: attempt.passed === 1,
			skills: Object.fromEntries(skills.map((s) => [s.skill, { score: s.score, best: s.best, percent: s.percent }])),
			vars: readJson(jsonColumns.vars, attempt.vars),
			path: [...steps.map((s) => s.step_id), attempt.ending]
		}
	};
}
