// "Did you mean": the titles closest to a query that found nothing, by shared character bigrams
// (the Dice coefficient), which tolerates typos and partial words in Chinese and English alike.
import { normalise } from './tokenizer';
import type { StoredDocument } from './types';

function bigrams(text: string): Set<string> {
	const chars = [...normalise(text).replace(/[^\p{L}\p{N}]+/gu, '')];
	if (chars.length === 1) return new Set(chars);
	return new Set(chars.slice(1).map((c, i) => chars[i] + c));
}

export function dice(a: string, b: string): number {
	const x = bigrams(a);
	const y = bigrams(b);
	if (x.size === 0 || y.size === 0) return 0;
	let shared = 0;
	for (const g of x) if (y.has(g)) shared++;
	return (2 * shared) / (x.size + y.size);
}

export interface TitleSuggestion {
	title: string;
	url: string;
	type: StoredDocument['type'];
}

/** One entry per page (its first, anchor-less document), best first. */
export function closestTitles(query: string, docs: Iterable<StoredDocument>, count = 3): TitleSuggestion[] {
	const pages = new Map<string, TitleSuggestion>();
	for (const doc of docs) {
		const url = doc.url.split('#')[0];
		if (!pages.has(url)) pages.set(url, { title: doc.page, url, type: doc.type });
	}
	return [...pages.values()]
		.map((page) => ({ page, score: dice(query, page.title) }))
		.filter((s) => s.score > 0)
		.sort((a, b) => b.score - a.score)
		.slice(0, count)
		.map((s) => s.page);
}
