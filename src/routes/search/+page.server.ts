import { searchEngine } from '$lib/search/index.server';
import { parseSearchType, searchView } from '$lib/search/results';
import type { PageServerLoad } from './$types';

const RESULTS_PER_PAGE = 30;

export const load: PageServerLoad = ({ url }) => {
	const query = url.searchParams.get('q') ?? '';
	const type = parseSearchType(url.searchParams.get('type'));
	return { search: searchView(searchEngine(), query, type, RESULTS_PER_PAGE) };
};
