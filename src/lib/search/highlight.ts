// Picks the part of a passage that best matches the query and marks the matches. Returns pieces
// rather than HTML so that pages render them as text, escaped by Svelte.
import { isHan } from './tokenizer';

export interface SnippetPiece {
	text: string;
	mark: boolean;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Han needles match anywhere; Latin ones at a word start and through the rest of the word. */
function needlePattern(needles: readonly string[]): RegExp | null {
	const sorted = [...new Set(needles)].filter(Boolean).sort((a, b) => b.length - a.length);
	if (sorted.length === 0) return null;
	const parts = sorted.map((n) =>
		isHan(n) ? escapeRegExp(n) : `(?<![\\p{L}\\p{N}])${escapeRegExp(n)}[\\p{L}\\p{N}]*`
	);
	return new RegExp(parts.join('|'), 'giu');
}

interface Match {
	start: number;
	end: number;
	text: string;
}

/** The window start that contains the most distinct matched words. */
function bestWindowStart(matches: Match[], width: number): number {
	let best = { start: 0, score: -1 };
	for (const first of matches) {
		const inside = matches.filter((m) => m.start >= first.start && m.end <= first.start + width);
		const score = new Set(inside.map((m) => m.text.toLowerCase())).size;
		if (score > best.score) best = { start: first.start, score };
	}
	return best.start;
}

export function snippet(text: string, needles: readonly string[], width = 140): SnippetPiece[] {
	const pattern = needlePattern(needles);
	const matches: Match[] = pattern
		? [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }))
		: [];
	const lead = Math.floor(width / 5);
	let start = matches.length ? Math.max(0, bestWindowStart(matches, width - lead) - lead) : 0;
	const end = Math.min(text.length, start + width);
	start = Math.max(0, Math.min(start, end - width));
	const pieces: SnippetPiece[] = [];
	if (start > 0) pieces.push({ text: '…', mark: false });
	let at = start;
	for (const m of matches.filter((m) => m.start >= start && m.end <= end)) {
		if (m.start > at) pieces.push({ text: text.slice(at, m.start), mark: false });
		pieces.push({ text: m.text, mark: true });
		at = m.end;
	}
	if (end > at) pieces.push({ text: text.slice(at, end), mark: false });
	if (end < text.length) pieces.push({ text: '…', mark: false });
	return pieces;
}

/** Marks the query words in a title, without cutting it. */
export function highlightAll(text: string, needles: readonly string[]): SnippetPiece[] {
	return snippet(text, needles, text.length);
}
