// A learner's unfinished attempts, one per role-play, kept so that another device resumes them.
import { json } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guard';
import { loadDraft, saveDraft } from '$lib/server/attempts/drafts';
import { parseBody, problem } from '$lib/server/attempts/http';
import { draftInput, roleplayParam } from '$lib/server/attempts/input';
import type { RequestHandler } from './$types';

/** The signed-in learner's unfinished attempt at this role-play, or `draft: null`. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const user = requireUser(locals);
	if (!roleplayParam.safeParse(params.roleplay).success) return problem(404, 'No such role-play');
	return json({ draft: await loadDraft(db, user.id, params.roleplay) });
};

export const PUT: RequestHandler = async ({ locals, params, request }) => {
	const user = requireUser(locals);
	if (!roleplayParam.safeParse(params.roleplay).success) return problem(404, 'No such role-play');
	const body = await parseBody(request, draftInput);
	if (!body.ok) return body.response;
	const saved = await saveDraft(db, user.id, params.roleplay, body.value);
	if ('reason' in saved) return problem(saved.status, saved.reason);
	return json({ draft: saved.draft });
};
