import { courses } from '$lib/content/index.server';
import { courseSummary } from '$lib/content/summaries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ courses: courses.map(courseSummary) });
