import { json } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guard';
import { parseBody, problem } from '$lib/server/attempts/http';
import { attemptSubmission } from '$lib/server/attempts/input';
import { submitAttempt } from '$lib/server/attempts/submit';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ locals, request }) => {
	const user = requireUser(locals);
	const body = await parseBody(request, attemptSubmission);
	if (!body.ok) return body.response;
	const submitted = await submitAttempt(db, user.id, body.value);
	if ('reason' in submitted) return problem(submitted.status, submitted.reason);
	return json({ id: body.value.id, result: submitted.result }, { status: submitted.status });
};
