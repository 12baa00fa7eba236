import { cases, courses, findModule, firstSteps, roleplayCard, roleplays } from '$lib/content/index.server';
import { caseSummary, courseSummary } from '$lib/content/summaries';
import { LAST_MODULE_COOKIE } from '$lib/content/last-module';
import { myAssignments } from '$lib/server/coaching/mine';
import { db } from '$lib/server/db';
import { bestScores } from '$lib/server/progress/record';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ cookies, locals }) => {
	const [course, module] = (cookies.get(LAST_MODULE_COOKIE) ?? '').split('/');
	const last = course && module ? findModule(course, module) : undefined;
	// A signed-in learner with no module to continue and no attempt yet is shown where to start.
	const isNew = !!locals.user && !last && (await bestScores(db, locals.user.id)).length === 0;
	return {
		courses: courses.map(courseSummary),
		latestCases: cases.slice(0, 3).map(caseSummary),
		// The gentlest role-plays first: the home page is where newcomers start.
		roleplays: Object.values(roleplays)
			.map(roleplayCard)
			.sort((a, b) => (a.level ?? 2) - (b.level ?? 2))
			.slice(0, 3),
		// A signed-in learner sees what their manager assigned before anything else.
		assignments: locals.user ? await myAssignments(locals.user.id) : [],
		firstSteps: isNew ? firstSteps() : null,
		continueWith: last && {
			url: last.url,
			title: last.title,
			number: last.number,
			course: courses.find((c) => c.slug === course)!.title
		}
	};
};
