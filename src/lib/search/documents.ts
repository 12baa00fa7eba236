// Turns the checked content into search documents. The endpoint and the relevance test both call
// searchDocuments, so what is tested is exactly what is served.
import type { CaseEntry, CourseEntry } from '$lib/content/types';
import type { Roleplay } from '$lib/roleplay';
import { sectionsOf } from './sections.js';
import type { SearchDocument, SearchType } from './types';

interface Page {
	url: string;
	title: string;
	summary: string;
	/** Skills and the like: indexed once, on the page's first entry. */
	keywords: string[];
}

function pageDocuments(type: SearchType, page: Page, source: string): SearchDocument[] {
	return sectionsOf(source).map((section, i) => ({
		url: section.anchor && i > 0 ? `${page.url}#${section.anchor}` : page.url,
		type,
		page: page.title,
		heading: section.heading,
		summary: i === 0 ? page.summary : '',
		keywords: i === 0 ? page.keywords.filter(Boolean).join('\n') : '',
		text: section.text
	}));
}

const stripTags = (html: string) => html.replace(/<[^>]*>/g, '').replace(/&(?:[a-z]+|#\d+);/g, ' ');

/**
 * A role-play is one document: what it is about, its briefing, then what the customer says in file order.
 * Never the learner's options or the coaching: search must not hand out the answers.
 */
export function roleplayDocument(rp: Roleplay): SearchDocument {
	const customerLines = rp.stepOrder.flatMap((id) => rp.steps[id].lines.map((line) => stripTags(line.html)));
	const passage = [stripTags(rp.briefingHtml), ...customerLines];
	return {
		url: `/roleplays/${rp.id}`,
		type: 'roleplay',
		page: rp.title,
		heading: null,
		summary: [rp.summary, rp.persona, rp.goal].filter(Boolean).join('\n'),
		keywords: [...Object.values(rp.skills), ...rp.tags].join(' '),
		text: passage.filter(Boolean).join('\n')
	};
}

/** `sourceOf` gives a content file's markdown by its path, as in the content index entries. */
export interface SearchableContent {
	courses: readonly CourseEntry[];
	cases: readonly CaseEntry[];
	roleplays: Readonly<Record<string, Roleplay>>;
}

export function searchDocuments(content: SearchableContent, sourceOf: (path: string) => string): SearchDocument[] {
	const modules = content.courses.flatMap((course) => course.modules);
	return [
		...modules.flatMap((m) =>
			pageDocuments('module', { url: m.url, title: m.title, summary: m.summary, keywords: m.skills }, sourceOf(m.path))
		),
		...content.cases.flatMap((c) =>
			pageDocuments(
				'case',
				{ url: c.url, title: c.title, summary: c.summary, keywords: [c.industry, ...c.skills, ...c.questions] },
				sourceOf(c.path)
			)
		),
		...Object.values(content.roleplays).map(roleplayDocument)
	];
}
