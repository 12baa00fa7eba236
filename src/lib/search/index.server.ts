// The search index of the bundled content, built once on the server from the content collections.
import { cases, courses, roleplays } from '$lib/content/index.server';
import { buildSearchIndex } from './build';
import { searchDocuments } from './documents';
import { openSearchIndex } from './query';
import type { SearchEngine, SearchIndexFile } from './types';

const sources = import.meta.glob<string>(['/content/courses/**/*.md', '/content/cases/*.md'], {
	query: '?raw',
	import: 'default',
	eager: true
});

export const searchIndexFile: SearchIndexFile = buildSearchIndex(
	searchDocuments({ courses, cases, roleplays }, (path) => sources[`/${path}`] ?? '')
);

let engine: SearchEngine | undefined;

export function searchEngine(): SearchEngine {
	engine ??= openSearchIndex(searchIndexFile);
	return engine;
}
