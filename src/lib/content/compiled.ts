// What the build hands the server: the content compiled once by the content plugin (see build-plugin.ts).
import type { Diagnostic } from '../diagnostics.js';
import type { SearchIndexFile } from '../search/types.js';
import type { ContentIndex } from './check.js';

export const COMPILED_CONTENT_ID = 'virtual:peilian/content';

export interface CompiledContent {
	index: ContentIndex;
	/** role-play id -> the markdown it was compiled from, kept with each served version */
	roleplaySources: Record<string, string>;
	/** course, module and case path -> its markdown, for whatever reads sections of a page */
	pageSources: Record<string, string>;
	/** every problem `peilian check` reports, sorted; only warnings, since errors fail the build */
	diagnostics: Diagnostic[];
	searchIndex: SearchIndexFile;
}
