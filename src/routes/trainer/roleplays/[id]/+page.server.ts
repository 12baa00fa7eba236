import { error } from '@sveltejs/kit';
import { findRoleplay } from '$lib/content/index.server';
import { requireAnalyticsScope, requireSignedIn } from '$lib/server/auth/guard';
import { db } from '$lib/server/db';
import { roleplayAnalytics } from '$lib/server/reports/analytics';
import { dateRange } from '$lib/server/reports/filters';
import type { PageServerLoad } from './$types';

// Over everyone for trainers and admins; a manager who follows a link here sees only their teams.
export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireSignedIn(locals, url);
	const { teamIds } = await requireAnalyticsScope(db, locals);
	const rp = findRoleplay(params.id);
	if (!rp) error(404, 'No such role-play');
	const range = dateRange(url.searchParams);
	return {
		everyone: teamIds === null,
		range: { from: range.from ?? '', to: range.to ?? '' },
		analytics: await roleplayAnalytics(db, rp, teamIds, range)
	};
};
