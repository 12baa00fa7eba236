import { error } from '@sveltejs/kit';
import { findRoleplay } from '$lib/content/index.server';
import { db } from '$lib/server/db';
import { loadDraft } from '$lib/server/attempts/drafts';
import { recordServedVersion } from '$lib/server/attempts/served';
import { catalogEntry } from '$lib/player/catalog';
import { returnTo } from '$lib/player/return-to';
import { coachNotesOn } from '$lib/server/coaching/mine';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url, locals }) => {
	const roleplay = findRoleplay(params.id);
	if (!roleplay) error(404, 'No such role-play');
	// The version served is kept, so an attempt started on it still replays after the file changes.
	await recordServedVersion(roleplay);
	const { steps, minutes } = catalogEntry(roleplay);
	return {
		roleplay,
		length: { steps, minutes },
		from: returnTo(url.searchParams.get('from')),
		signedIn: locals.user !== null,
		serverDraft: locals.user ? await loadDraft(db, locals.user.id, roleplay.id) : null,
		coachNotes: locals.user ? await coachNotesOn(locals.user.id, roleplay.id) : []
	};
};
