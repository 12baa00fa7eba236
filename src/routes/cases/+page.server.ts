import { cases } from '$lib/content/index.server';
import { caseFacets, filterCases, parseCaseFilters } from '$lib/content/case-filter';
import { caseSummary } from '$lib/content/summaries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => {
	const filters = parseCaseFilters(url.searchParams);
	return {
		filters,
		facets: caseFacets(cases, filters),
		cases: filterCases(cases, filters).map(caseSummary),
		total: cases.length
	};
};
