// What components embedded in markdown need from the page that renders them.
import type { RoleplayCard } from '$lib/content/types';

export const CONTENT_CONTEXT = 'peilian:content';

export interface ContentContext {
	roleplays: Record<string, RoleplayCard>;
	/** the page the markdown is on, so the role-play can lead back to it */
	from: string;
	/** the reader's labels for the content's skill words (src/lib/term.ts); markdown renders outside a page */
	terms: Readonly<Record<string, string>>;
}
