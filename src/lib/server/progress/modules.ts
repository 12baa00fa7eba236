// Which course modules a learner has finished.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { now } from '../db/time';

export async function markModuleDone(
	db: Kysely<Database>,
	userId: string,
	course: string,
	module: string
): Promise<void> {
	await db
		.insertInto('module_progress')
		.values({ user_id: userId, course, module, done_at: now() })
		.onConflict((oc) => oc.columns(['user_id', 'course', 'module']).doNothing())
		.execute();
}

/** course slug -> the slugs of the modules done in it */
export async function modulesDone(
	db: Kysely<Database>,
	userId: string,
	course?: string
): Promise<Record<string, string[]>> {
	let query = db.selectFrom('module_progress').select(['course', 'module']).where('user_id', '=', userId);
	if (course) query = query.where('course', '=', course);
	const done: Record<string, string[]> = {};
	for (const row of await query.orderBy('done_at').execute()) (done[row.course] ??= []).push(row.module);
	return done;
}
