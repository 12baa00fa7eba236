// The conversation as the player shows it, and the debrief's review of each answer beside the best one.
import { bestChoiceAt, shownAt } from '$lib/roleplay/play';
import type { Choice, Line, PlayState, Roleplay, Turn } from '$lib/roleplay/play';

export interface Conversation {
	turns: Turn[];
	/** where the learner is now: the step waiting for an answer, or the ending */
	state: PlayState;
	/** the customer's lines at that step */
	lines: Line[];
}

export interface ReviewedTurn extends Turn {
	best: Choice | null;
	/** the learner's answer could still reach the best total: a tie with the engine's pick counts */
	wasBest: boolean;
	/** the answers offered, in the order this attempt showed them */
	shown: Choice[];
}

const sum = (scores: Record<string, number>) => Object.values(scores).reduce((a, b) => a + b, 0);

/** The highest final total still reachable once the learner has answered. */
function bestTotalFrom(roleplay: Roleplay, state: PlayState): number {
	if (roleplay.steps[state.step].end) return sum(state.scores);
	return bestChoiceAt(roleplay, state)?.total ?? -Infinity;
}

/** For the debrief: each turn beside the best choice the learner could have made from the same state. */
export function review(roleplay: Roleplay, turns: readonly Turn[], attemptId: string): ReviewedTurn[] {
	return turns.map((turn) => {
		const best = bestChoiceAt(roleplay, turn.before);
		const wasBest =
			best !== null &&
			(best.choice.position === turn.taken.position || bestTotalFrom(roleplay, turn.after) >= best.total);
		return { ...turn, best: best?.choice ?? null, wasBest, shown: shownAt(roleplay, attemptId, turn) };
	});
}
