// Coaching comments a manager writes on a learner's attempt; the learner reads them on /me and in the debrief.
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/schema';
import { formatDate } from '../../time-format';
import { now } from '../db/time';

export const commentInput = z.object({
	attempt: z.string().uuid(),
	body: z.string().trim().min(1).max(2000)
});

export interface AttemptComment {
	id: string;
	attemptId: string;
	author: string;
	body: string;
	createdAt: string;
	/** the day it was written, as the reader reads dates */
	createdOn: string;
}

export async function addComment(
	db: Kysely<Database>,
	authorId: string,
	attemptId: string,
	body: string
): Promise<string> {
	const id = crypto.randomUUID();
	await db
		.insertInto('attempt_comments')
		.values({ id, attempt_id: attemptId, author_id: authorId, body, created_at: now() })
		.execute();
	return id;
}

function commentQuery(db: Kysely<Database>) {
	return db
		.selectFrom('attempt_comments as c')
		.innerJoin('users as author', 'author.id', 'c.author_id')
		.select(['c.id', 'c.attempt_id', 'author.name as author', 'c.body', 'c.created_at']);
}

const toComment = (r: {
	id: string;
	attempt_id: string;
	author: string;
	body: string;
	created_at: string;
}): AttemptComment => ({
	id: r.id,
	attemptId: r.attempt_id,
	author: r.author,
	body: r.body,
	createdAt: r.created_at,
	createdOn: formatDate(r.created_at)
});

export async function commentsForAttempt(db: Kysely<Database>, attemptId: string): Promise<AttemptComment[]> {
	const rows = await commentQuery(db).where('c.attempt_id', '=', attemptId).orderBy('c.created_at').execute();
	return rows.map(toComment);
}

/** Comments on the learner's attempts (of one role-play, if named), newest first, with the role-play they were about. */
export async function commentsForLearner(
	db: Kysely<Database>,
	learnerId: string,
	{ roleplayId, limit = 20 }: { roleplayId?: string; limit?: number } = {}
): Promise<(AttemptComment & { roleplayId: string })[]> {
	const rows = await commentQuery(db)
		.innerJoin('attempts as a', 'a.id', 'c.attempt_id')
		.select('a.roleplay_id')
		.where('a.user_id', '=', learnerId)
		.$if(roleplayId !== undefined, (q) => q.where('a.roleplay_id', '=', roleplayId!))
		.orderBy('c.created_at', 'desc')
		.limit(limit)
		.execute();
	return rows.map((r) => ({ ...toComment(r), roleplayId: r.roleplay_id }));
}

/** attempt id -> its comments, for a page that lists many attempts at once. */
export async function commentsByAttempt(
	db: Kysely<Database>,
	attemptIds: string[]
): Promise<Map<string, AttemptComment[]>> {
	const byAttempt = new Map<string, AttemptComment[]>();
	if (attemptIds.length === 0) return byAttempt;
	const rows = await commentQuery(db).where('c.attempt_id', 'in', attemptIds).orderBy('c.created_at').execute();
	for (const row of rows) {
		const list = byAttempt.get(row.attempt_id) ?? [];
		list.push(toComment(row));
		byAttempt.set(row.attempt_id, list);
	}
	return byAttempt;
}
