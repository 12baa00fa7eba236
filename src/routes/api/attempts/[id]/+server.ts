import { error, json } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { requireAttemptAccess } from '$lib/server/auth/guard';
import { storedResult } from '$lib/server/attempts/result';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params }) => {
	await requireAttemptAccess(db, locals, params.id);
	const stored = await storedResult(db, params.id);
	if (!stored) error(404, 'No such attempt');
	return json({ id: params.id, result: stored.result });
};
