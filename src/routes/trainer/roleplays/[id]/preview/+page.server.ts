import { error } from '@sveltejs/kit';
import { findRoleplay } from '$lib/content/index.server';
import { requireRole, requireSignedIn } from '$lib/server/auth/guard';
import { previewAt, previewQuery } from '$lib/server/reports/preview';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireSignedIn(locals, url);
	requireRole(locals, 'trainer', 'admin');
	const rp = findRoleplay(params.id);
	if (!rp) error(404, 'No such role-play');
	return { preview: previewAt(rp, previewQuery(rp, url.searchParams)) };
};
