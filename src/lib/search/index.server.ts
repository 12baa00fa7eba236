// The search index of the bundled content, built with the content by the build (virtual:peilian/content).
import compiled from 'virtual:peilian/content';
import { openSearchIndex } from './query';
import type { SearchEngine, SearchIndexFile } from './types';

export const searchIndexFile: SearchIndexFile = compiled.searchIndex;

let engine: SearchEngine | undefined;

export function searchEngine(): SearchEngine {
	engine ??= openSearchIndex(searchIndexFile);
	return engine;
}
