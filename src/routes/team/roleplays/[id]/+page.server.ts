import { error } from '@sveltejs/kit';
import { findRoleplay } from '$lib/content/index.server';
import { requireCoachedTeams, requireSignedIn } from '$lib/server/auth/guard';
import { db } from '$lib/server/db';
import { roleplayAnalytics } from '$lib/server/reports/analytics';
import { dateRange } from '$lib/server/reports/filters';
import type { PageServerLoad } from './$types';

// A role-play's analytics over the viewer's own teams only.
export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireSignedIn(locals, url);
	const { teams } = await requireCoachedTeams(db, locals);
	const rp = findRoleplay(params.id);
	if (!rp) error(404, 'No such role-play');
	const range = dateRange(url.searchParams);
	return {
		teams: teams.map((t) => t.name),
		range: { from: range.from ?? '', to: range.to ?? '' },
		analytics: await roleplayAnalytics(
			db,
			rp,
			teams.map((t) => t.id),
			range
		)
	};
};
