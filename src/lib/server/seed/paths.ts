// Plausible ways through a role-play: at each step a learner of a given skill picks the choice that
// leads to the best reachable score with that probability, and otherwise any offered choice.
import { bestChoiceAt, choose, initialState, offeredChoices, type Roleplay } from '../../roleplay';

/** A small seeded generator (mulberry32), so a demo seed is the same every time. */
export function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Positions from the start to an ending; `stopAfter` cuts it short (an unfinished attempt). */
export function plausiblePath(rp: Roleplay, skill: number, random: () => number, stopAfter = Infinity): number[] {
	let state = initialState(rp);
	const positions: number[] = [];
	while (!rp.steps[state.step].end && positions.length < stopAfter) {
		const offered = offeredChoices(rp, state);
		if (offered.length === 0) break;
		const best = bestChoiceAt(rp, state);
		const pick = best && random() < skill ? best.choice : offered[Math.floor(random() * offered.length)];
		const next = choose(rp, state, pick.position);
		if ('error' in next) break;
		positions.push(pick.position);
		state = next;
	}
	return positions;
}
