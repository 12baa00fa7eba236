// The bundled role-plays compiled here, as the server compiles them, and random complete paths through
// them: the load sends these and the checks replay them to know the score the server must have stored.
import { readdirSync, readFileSync } from 'node:fs';
import {
	choose,
	compileRoleplay,
	initialState,
	offeredChoices,
	replay,
	type Result,
	type Roleplay
} from '../../../src/lib/roleplay';

export function bundledRoleplays(): Roleplay[] {
	const dir = 'content/roleplays';
	return readdirSync(dir)
		.filter((f) => f.endsWith('.md'))
		.map((f) => compileRoleplay(`${dir}/${f}`, readFileSync(`${dir}/${f}`, 'utf8')).roleplay)
		.filter((rp): rp is Roleplay => rp !== null);
}

/** A random path from the start to an ending, choosing among the offered choices. */
export function randomPath(rp: Roleplay, random: () => number): number[] {
	for (;;) {
		let state = initialState(rp);
		const positions: number[] = [];
		while (!rp.steps[state.step].end && positions.length < 200) {
			const offered = offeredChoices(rp, state);
			if (offered.length === 0) break;
			const pick = offered[Math.floor(random() * offered.length)].position;
			const next = choose(rp, state, pick);
			if ('error' in next) break;
			positions.push(pick);
			state = next;
		}
		if (rp.steps[state.step].end) return positions;
	}
}

export function expectedResult(rp: Roleplay, positions: number[]): Result {
	const replayed = replay(rp, positions);
	if (!replayed.ok) throw new Error(`not a valid path through ${rp.id}: ${replayed.reason}`);
	return replayed.result;
}

/** Deterministic randomness, so a failing run can be repeated with the same seed. */
export function seededRandom(seed: number): () => number {
	let s = seed >>> 0;
	return () => {
		s = (s + 0x6d2b79f5) >>> 0;
		let t = s;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
