// Search in the browser, loaded by a dynamic import the first time someone uses the search box:
// lunr and the index stay out of every page's JavaScript until then.
import { openSearchIndex } from './query';
import { searchView, type SearchView } from './results';
import type { SearchIndexFile } from './types';

export type RunSearch = (query: string) => SearchView;

export async function loadSearch(fetch: typeof globalThis.fetch, limit: number): Promise<RunSearch> {
	const response = await fetch('/search-index.json');
	if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
	const engine = openSearchIndex((await response.json()) as SearchIndexFile);
	return (query) => searchView(engine, query, null, limit);
}
