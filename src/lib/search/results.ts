// What a results list shows, computed the same way on the /search page and in the header box.
import { highlightAll, snippet, type SnippetPiece } from './highlight';
import { search } from './query';
import { closestTitles, type TitleSuggestion } from './suggest';
import { searchTypes, type SearchEngine, type SearchType } from './types';

export interface ResultView {
	/** Where the best passage is: the page, at its section's anchor. */
	url: string;
	type: SearchType;
	title: SnippetPiece[];
	heading: string | null;
	snippet: SnippetPiece[];
	/** Further matching sections of the same page. */
	others: { url: string; heading: string }[];
}

export interface SearchView {
	query: string;
	type: SearchType | null;
	results: ResultView[];
	/** Matching pages of each type, whatever the filter. */
	counts: Record<SearchType, number>;
	/** Closest titles when nothing matched. */
	suggestions: TitleSuggestion[];
}

export const MAX_QUERY_LENGTH = 200;

export function parseSearchType(value: string | null): SearchType | null {
	return searchTypes.find((t) => t === value) ?? null;
}

export function searchView(engine: SearchEngine, rawQuery: string, type: SearchType | null, limit: number): SearchView {
	const query = rawQuery.trim().slice(0, MAX_QUERY_LENGTH);
	const counts = { module: 0, case: 0, roleplay: 0 };
	if (query === '') return { query, type, results: [], counts, suggestions: [] };
	const { pages, needles } = search(engine, query);
	for (const page of pages) counts[page.type]++;
	const results = pages
		.filter((page) => type === null || page.type === type)
		.slice(0, limit)
		.map((page) => ({
			url: page.best.doc.url,
			type: page.type,
			title: highlightAll(page.title, needles),
			heading: page.best.doc.heading,
			snippet: snippet(page.best.doc.text, needles),
			others: page.others.flatMap(({ doc }) => (doc.heading ? [{ url: doc.url, heading: doc.heading }] : []))
		}));
	const suggestions = pages.length === 0 ? closestTitles(query, engine.docs) : [];
	return { query, type, results, counts, suggestions };
}
