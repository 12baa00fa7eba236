// The content collections by slug, as the build compiled them (malformed content fails the build, so it
// can never reach a page).
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import compiled from 'virtual:peilian/content';
import { CONTENT_CONTEXT, type ContentContext } from '$lib/components/content-context';
import { getLocale } from '$lib/paraglide/runtime';
import type { Roleplay } from '$lib/roleplay/types';
import type { CaseEntry, CourseEntry, ModuleEntry, RoleplayCard } from './types';
import { englishTerms as termsInEnglish, varNames } from './vocabulary';

// Only the bodies as Svelte components: mdsvex turns them into code that Svelte's own compiler must build,
// which the content plugin cannot do; their data comes from the compiled content.
const components = import.meta.glob<Component>(['/content/courses/**/*.md', '/content/cases/*.md'], {
	import: 'default',
	eager: true
});

const index = compiled.index;
const coursesBySlug = new Map(index.courses.map((c) => [c.slug, c]));
const casesBySlug = new Map(index.cases.map((c) => [c.slug, c]));
const cards: Record<string, RoleplayCard> = Object.fromEntries(
	Object.values(index.roleplays).map((rp) => [rp.id, roleplayCard(rp)])
);

export const courses: readonly CourseEntry[] = index.courses;
/** newest first */
export const cases: readonly CaseEntry[] = index.cases;
export const roleplays: Readonly<Record<string, Roleplay>> = index.roleplays;

/** What an English page shows for each Chinese skill, tag and industry word (content/vocabulary.yaml). */
export const englishTerms: Readonly<Record<string, string>> = termsInEnglish(index.vocabulary);

/** Each role-play var's name in each language, for meters. */
export const varNamesIn = { zh: varNames(index.vocabulary, 'zh'), en: varNames(index.vocabulary, 'en') } as const;

/** Every skill key the current role-plays score, with its label (computed once, at start-up). */
export const skillLabels: Readonly<Record<string, string>> = Object.fromEntries(
	Object.values(index.roleplays).flatMap((rp) => Object.entries(rp.skills))
);

/** Each course with how many of its modules a learner has finished (`done`: course slug -> module slugs). */
export function courseProgress(done: Record<string, string[]>) {
	return courses.map((c) => ({
		slug: c.slug,
		url: c.url,
		title: c.title,
		total: c.modules.length,
		done: c.modules.filter((mod) => done[c.slug]?.includes(mod.slug)).length
	}));
}

export function findCourse(slug: string): CourseEntry | undefined {
	return coursesBySlug.get(slug);
}

export function findModule(course: string, slug: string): ModuleEntry | undefined {
	return coursesBySlug.get(course)?.modules.find((m) => m.slug === slug);
}

export function findCase(slug: string): CaseEntry | undefined {
	return casesBySlug.get(slug);
}

export function findRoleplay(id: string): Roleplay | undefined {
	return index.roleplays[id];
}

export function roleplayCard(rp: Roleplay): RoleplayCard {
	return { id: rp.id, url: `/roleplays/${rp.id}`, title: rp.title, summary: rp.summary, skills: Object.values(rp.skills), level: rp.level };
}

/** The HTML of a module's, course's or case's body, rendered in the request's locale. */
export function renderBody(entry: { path: string; url: string }): string {
	const component = components[`/${entry.path}`];
	const context: ContentContext = { roleplays: cards, from: entry.url, terms: getLocale() === 'en' ? englishTerms : {} };
	return render(component, { context: new Map([[CONTENT_CONTEXT, context]]) }).body;
}

/** Where a learner with nothing done yet starts: the first course's first module, then the gentlest role-play. */
export function firstSteps() {
	const module = courses[0]?.modules[0];
	const roleplay = Object.values(index.roleplays).sort((a, b) => (a.level ?? 2) - (b.level ?? 2))[0];
	return {
		module: module && { url: module.url, title: module.title },
		roleplay: roleplay && { url: `/roleplays/${roleplay.id}`, title: roleplay.title }
	};
}

export type FirstSteps = ReturnType<typeof firstSteps>;
