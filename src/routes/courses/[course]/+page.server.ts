import { error } from '@sveltejs/kit';
import { findCourse, renderBody } from '$lib/content/index.server';
import { courseSummary, moduleSummary } from '$lib/content/summaries';
import { modulesDoneIn } from '$lib/server/progress/pages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const course = findCourse(params.course);
	if (!course) error(404, 'No such course');
	return {
		course: courseSummary(course),
		modules: course.modules.map(moduleSummary),
		html: renderBody(course),
		done: await modulesDoneIn(locals.user, course.slug)
	};
};
