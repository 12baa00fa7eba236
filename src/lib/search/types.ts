// The shape of what is indexed and of the file the browser downloads.
import type lunr from 'lunr';

export const searchTypes = ['module', 'case', 'roleplay'] as const;
export type SearchType = (typeof searchTypes)[number];

/** lunr fields: page title with section heading, and everything else. */
export const indexFields = ['title', 'body'] as const;

/** One searchable passage: a `##` section of a module or case, or a whole role-play. */
export interface SearchDocument {
	/** The page's path, plus `#anchor` for a section after the first. */
	url: string;
	type: SearchType;
	/** Title of the module, case or role-play. */
	page: string;
	/** The section's heading; null for the text before the first `##` and for role-plays. */
	heading: string | null;
	/** The page's summary (a role-play's also its persona and goal): on its first entry only. */
	summary: string;
	/** Skills, industry, tags, discussion questions: indexed on the first entry, never shown. */
	keywords: string;
	/** Plain text of the passage. */
	text: string;
}

/** What a result needs to be shown: the passage without its index-only fields. */
export interface StoredDocument {
	url: string;
	type: SearchType;
	page: string;
	heading: string | null;
	/** Summary then passage text, the source of the highlighted snippet. */
	text: string;
}

export interface SearchIndexFile {
	index: object;
	docs: StoredDocument[];
}

export interface SearchEngine {
	index: lunr.Index;
	/** In index order: a lunr ref is a position here, in base 36. */
	docs: StoredDocument[];
}
