// The order the player shows a step's answers in: shuffled per attempt so that no place on screen
// (first, last) marks the best answer, yet the same for that attempt on every visit, reload, resume and
// review. Positions in the file stay each choice's identity; only the display order changes.
import { offeredChoices, type Turn } from './runtime.js';
import type { Choice, Roleplay } from './types.js';

/** xmur3: a 32-bit hash of a string, to seed the generator. */
function hash(text: string): number {
	let h = 1779033703 ^ text.length;
	for (let i = 0; i < text.length; i++) {
		h = Math.imul(h ^ text.charCodeAt(i), 3432918353);
		h = (h << 13) | (h >>> 19);
	}
	h = Math.imul(h ^ (h >>> 16), 2246822507);
	h = Math.imul(h ^ (h >>> 13), 3266489909);
	return (h ^ (h >>> 16)) >>> 0;
}

/** mulberry32: small, fast and well spread; numbers in [0, 1). */
function generator(seed: number): () => number {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * The offered choices in the order this attempt shows them. The step's whole list is shuffled
 * (Fisher–Yates, seeded by attempt id and step id) and then narrowed to what is offered, so that an
 * answer keeps its place relative to the others when the step is visited again with fewer offered.
 * `shuffle: false` keeps the file's order.
 */
export function displayOrder(rp: Roleplay, attemptId: string, stepId: string, offered: readonly Choice[]): Choice[] {
	if (!rp.shuffle) return [...offered];
	const positions = (rp.steps[stepId]?.choices ?? []).map((c) => c.position);
	const random = generator(hash(`${attemptId}\u0000${stepId}`));
	for (let i = positions.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[positions[i], positions[j]] = [positions[j], positions[i]];
	}
	const rank = new Map(positions.map((position, i) => [position, i]));
	return [...offered].sort((a, b) => (rank.get(a.position) ?? 0) - (rank.get(b.position) ?? 0));
}

/** The answers each turn of an attempt showed, in the order shown: what a review lays out later. */
export function shownAt(rp: Roleplay, attemptId: string, turn: Turn): Choice[] {
	return displayOrder(rp, attemptId, turn.step.id, offeredChoices(rp, turn.before));
}
