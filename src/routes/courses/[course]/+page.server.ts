import { error } from '@sveltejs/kit';
import { findCourse, renderBody } from '$lib/content/index.server';
import { courseSummary, moduleSummary } from '$lib/content/summaries';
import { modulesDoneIn } from '$lib/server/progress/pages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const course = findCourse(params.course);
	if (!course) error(404, 'No such course');
	const done = await modulesDoneIn(locals.user, course.slug);
	// Where to continue: the first module in order not yet done (none once every module is).
	const next = course.modules.find((module) => !done?.includes(module.slug));
	return {
		course: courseSummary(course),
		modules: course.modules.map(moduleSummary),
		html: renderBody(course),
		done,
		next: next && { url: next.url, title: next.title, number: next.number },
		started: !!done?.length
	};
};
