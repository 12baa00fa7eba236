// The conversation so far, rebuilt from the positions taken: what the customer said at each step (with
// the lines whose guards held at that moment), what the learner answered, and the state before it.
import { choose, initialState, visibleLines, bestChoiceAt } from '$lib/roleplay';
import type { Choice, Line, PlayState, Roleplay, Step, TakenChoice } from '$lib/roleplay';

export interface Turn {
	step: Step;
	lines: Line[];
	taken: TakenChoice;
	/** the state the learner chose from: what the debrief asks `bestChoiceAt` about */
	before: PlayState;
	after: PlayState;
}

export interface Conversation {
	turns: Turn[];
	/** where the learner is now: the step waiting for an answer, or the ending */
	state: PlayState;
	lines: Line[];
}

export type Walk = ({ ok: true } & Conversation) | { ok: false; index: number; reason: string };

export function walk(roleplay: Roleplay, positions: readonly number[]): Walk {
	let state = initialState(roleplay);
	const turns: Turn[] = [];
	for (const [index, position] of positions.entries()) {
		const next = choose(roleplay, state, position);
		if ('error' in next) return { ok: false, index, reason: next.error };
		turns.push({
			step: roleplay.steps[state.step],
			lines: visibleLines(roleplay, state),
			taken: next.history[next.history.length - 1],
			before: state,
			after: next
		});
		state = next;
	}
	return { ok: true, turns, state, lines: visibleLines(roleplay, state) };
}

export interface ReviewedTurn extends Turn {
	best: Choice | null;
	/** the learner's answer could still reach the best total: a tie with the engine's pick counts */
	wasBest: boolean;
}

const sum = (scores: Record<string, number>) => Object.values(scores).reduce((a, b) => a + b, 0);

/** The highest final total still reachable once the learner has answered. */
function bestTotalFrom(roleplay: Roleplay, state: PlayState): number {
	if (roleplay.steps[state.step].end) return sum(state.scores);
	return bestChoiceAt(roleplay, state)?.total ?? -Infinity;
}

/** For the debrief: each turn beside the best choice the learner could have made from the same state. */
export function review(roleplay: Roleplay, turns: readonly Turn[]): ReviewedTurn[] {
	return turns.map((turn) => {
		const best = bestChoiceAt(roleplay, turn.before);
		const wasBest =
			best !== null &&
			(best.choice.position === turn.taken.position || bestTotalFrom(roleplay, turn.after) >= best.total);
		return { ...turn, best: best?.choice ?? null, wasBest };
	});
}
