import { error } from '@sveltejs/kit';
import { findCase, renderBody } from '$lib/content/index.server';
import { caseSummary } from '$lib/content/summaries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const item = findCase(params.slug);
	if (!item) error(404, 'No such case');
	return { item: { ...caseSummary(item), questions: item.questions }, html: renderBody(item) };
};
