// The slices of content entries that list pages send to the browser: no bodies, no headings.
import type { CaseEntry, CourseEntry, ModuleEntry } from './types.js';

export type CaseSummary = Pick<CaseEntry, 'slug' | 'url' | 'title' | 'summary' | 'industry' | 'skills' | 'level' | 'lang' | 'published'>;
export type ModuleSummary = Pick<ModuleEntry, 'slug' | 'url' | 'number' | 'title' | 'summary' | 'minutes' | 'skills' | 'lang'>;
export type CourseSummary = Pick<CourseEntry, 'slug' | 'url' | 'title' | 'summary' | 'cover' | 'level' | 'audience' | 'lang' | 'minutes'> & {
	moduleCount: number;
};

export function caseSummary({ slug, url, title, summary, industry, skills, level, lang, published }: CaseEntry): CaseSummary {
	return { slug, url, title, summary, industry, skills, level, lang, published };
}

export function moduleSummary({ slug, url, number, title, summary, minutes, skills, lang }: ModuleEntry): ModuleSummary {
	return { slug, url, number, title, summary, minutes, skills, lang };
}

export function courseSummary({ slug, url, title, summary, cover, level, audience, lang, minutes, modules }: CourseEntry): CourseSummary {
	return { slug, url, title, summary, cover, level, audience, lang, minutes, moduleCount: modules.length };
}
