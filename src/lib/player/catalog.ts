// The role-play catalog: what a card shows, and the filters a learner picks from (tag, skill, level),
// read from the query string so they work without JavaScript.
import type { Roleplay } from '$lib/roleplay/play';

export interface CatalogEntry {
	id: string;
	title: string;
	summary: string;
	tags: string[];
	/** skill labels, in the file's order */
	skills: string[];
	level?: 1 | 2 | 3;
	/** the steps that ask the learner something (endings excluded) */
	steps: number;
	minutes: number;
}

export interface CatalogFilter {
	tag: string | null;
	skill: string | null;
	level: 1 | 2 | 3 | null;
}

// About half a minute per step: read the customer, weigh three or four answers, read the coaching.
const MINUTES_PER_STEP = 0.5;

export function catalogEntry(roleplay: Roleplay): CatalogEntry {
	const steps = roleplay.stepOrder.filter((id) => !roleplay.steps[id].end).length;
	return {
		id: roleplay.id,
		title: roleplay.title,
		summary: roleplay.summary,
		tags: roleplay.tags,
		skills: Object.values(roleplay.skills),
		level: roleplay.level,
		steps,
		minutes: Math.max(2, Math.round(steps * MINUTES_PER_STEP))
	};
}

export function parseFilter(params: URLSearchParams): CatalogFilter {
	const level = Number(params.get('level'));
	return {
		tag: params.get('tag') || null,
		skill: params.get('skill') || null,
		level: level === 1 || level === 2 || level === 3 ? level : null
	};
}

export function applyFilter(entries: CatalogEntry[], filter: CatalogFilter): CatalogEntry[] {
	return entries.filter(
		(entry) =>
			(!filter.tag || entry.tags.includes(filter.tag)) &&
			(!filter.skill || entry.skills.includes(filter.skill)) &&
			(!filter.level || entry.level === filter.level)
	);
}

/** A topic offered as a filter is shared by this many role-plays; a tag of one item would only find that item. */
const TOPIC_SHARED_BY = 2;

/**
 * The values each filter offers: only those some role-play has, so no choice leads to an empty page by
 * itself; topics only when shared by a few role-plays (and the one chosen, so it stays selected).
 */
export function facets(entries: CatalogEntry[], chosenTag: string | null = null) {
	const sorted = (values: Iterable<string>) => [...new Set(values)].sort((a, b) => a.localeCompare(b, 'zh'));
	const uses = (tag: string) => entries.filter((entry) => entry.tags.includes(tag)).length;
	return {
		tags: sorted(entries.flatMap((entry) => entry.tags)).filter(
			(tag) => tag === chosenTag || uses(tag) >= TOPIC_SHARED_BY
		),
		skills: sorted(entries.flatMap((entry) => entry.skills)),
		levels: [...new Set(entries.flatMap((entry) => (entry.level ? [entry.level] : [])))].sort()
	};
}
