import { error } from '@sveltejs/kit';
import { findCourse, renderBody } from '$lib/content/index.server';
import { LAST_MODULE_COOKIE, LAST_MODULE_MAX_AGE } from '$lib/content/last-module';
import { moduleSummary } from '$lib/content/summaries';
import { markDone, modulesDoneIn } from '$lib/server/progress/pages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, cookies, locals, url }) => {
	const course = findCourse(params.course);
	const index = course?.modules.findIndex((m) => m.slug === params.module) ?? -1;
	if (!course || index < 0) error(404, 'No such module');
	const module = course.modules[index];
	cookies.set(LAST_MODULE_COOKIE, `${course.slug}/${module.slug}`, {
		path: '/',
		maxAge: LAST_MODULE_MAX_AGE,
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:'
	});
	const neighbour = (i: number) => (course.modules[i] ? moduleSummary(course.modules[i]) : null);
	return {
		course: { slug: course.slug, url: course.url, title: course.title, moduleCount: course.modules.length },
		module: { ...moduleSummary(module), position: index + 1 },
		previous: neighbour(index - 1),
		next: neighbour(index + 1),
		html: renderBody(module),
		done: (await modulesDoneIn(locals.user, course.slug))?.includes(module.slug) ?? null
	};
};

export const actions: Actions = { done: markDone };
