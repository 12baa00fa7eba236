import { courses, roleplays } from '$lib/content/index.server';
import { requireCoachedTeams, requireSignedIn } from '$lib/server/auth/guard';
import { today } from '$lib/server/coaching/assignments';
import { assignAction, unassignAction } from '$lib/server/coaching/actions';
import { db } from '$lib/server/db';
import { dateRange, sortOf } from '$lib/server/reports/filters';
import { teamOverview } from '$lib/server/reports/team';
import { assignmentSummaries, assignableTargets, sortLearners } from '$lib/server/reports/team-view';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireSignedIn(locals, url);
	const { teams } = await requireCoachedTeams(db, locals);
	const range = dateRange(url.searchParams);
	const columns = Object.values(roleplays)
		.map((rp) => ({ id: rp.id, title: rp.title, pass: rp.pass }))
		.sort((a, b) => a.title.localeCompare(b.title, 'zh'));
	const sort = sortOf(url.searchParams, ['name', 'last', 'risk', ...columns.map((c) => c.id)], {
		key: 'name',
		dir: 'asc'
	});
	const overview = await teamOverview(db, teams, range, today());
	return {
		range: { from: range.from ?? '', to: range.to ?? '' },
		today: today(),
		sort,
		columns,
		targets: assignableTargets(Object.values(roleplays), courses),
		teams: overview.map((t) => ({
			...t,
			learners: sortLearners(t.learners, sort),
			assignments: assignmentSummaries(t.assignments, Object.values(roleplays), courses)
		}))
	};
};

export const actions: Actions = {
	assign: assignAction,
	unassign: unassignAction
};
