import { error } from '@sveltejs/kit';
import { findRoleplay } from '$lib/content/index.server';
import { effectLabels } from '$lib/outcomes';
import { describeEffect } from '$lib/roleplay';
import { db } from '$lib/server/db';
import { requireAttemptAccess, requireSignedIn } from '$lib/server/auth/guard';
import { attemptDebrief } from '$lib/server/attempts/detail';
import { attemptComments } from '$lib/server/coaching/mine';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const user = requireSignedIn(locals, url);
	await requireAttemptAccess(db, locals, params.id);
	const debrief = await attemptDebrief(db, params.id);
	if (!debrief) error(404, 'No such attempt');
	const labels = effectLabels(debrief.skillLabels);
	return {
		comments: await attemptComments(params.id),
		// The learner can go straight back to the role-play with the comments fresh in mind.
		playAgain:
			debrief.userId === user.id && findRoleplay(debrief.roleplayId) ? `/roleplays/${debrief.roleplayId}` : null,
		debrief: {
			...debrief,
			choices: debrief.choices.map((c) => ({ ...c, effects: c.effects.map((e) => describeEffect(e, labels)) })),
			outdated: findRoleplay(debrief.roleplayId)?.version !== debrief.version
		}
	};
};
