// Playing a compiled role-play: pure functions from one PlayState to the next, and the scoring at an ending.
import { allHold } from './directives.js';
import { Explorer, withBit, type SearchState } from './explore.js';
import { indexGraph } from './graph.js';
import type { Choice, Line, PlayState, Result, Roleplay, SkillResult, Step, TakenChoice } from './types.js';

const takenId = (step: string, position: number) => `${step}#${position}`;

export function initialState(rp: Roleplay): PlayState {
	return {
		step: rp.start,
		vars: { ...rp.vars },
		scores: Object.fromEntries(Object.keys(rp.skills).map((k) => [k, 0])),
		taken: [],
		path: [rp.start],
		history: []
	};
}

export function offeredChoices(rp: Roleplay, state: PlayState): Choice[] {
	const step = rp.steps[state.step];
	if (!step || step.end) return [];
	return step.choices.filter(
		(c) => !state.taken.includes(takenId(step.id, c.position)) && allHold(c.guards, state.vars)
	);
}

export function visibleLines(rp: Roleplay, state: PlayState): Line[] {
	return (rp.steps[state.step]?.lines ?? []).filter((l) => allHold(l.guards, state.vars));
}

/** Why a choice cannot be taken here, or null when it can. */
function refusal(rp: Roleplay, state: PlayState, position: number): string | null {
	const step = rp.steps[state.step];
	if (!step) return `there is no step \`${state.step}\``;
	if (step.end) return `step \`${step.id}\` is an ending: the dialogue is over`;
	const choice = step.choices.find((c) => c.position === position);
	if (!choice) return `step \`${step.id}\` has no choice ${position} (it has ${step.choices.length})`;
	if (state.taken.includes(takenId(step.id, position)))
		return `choice ${position} at step \`${step.id}\` was taken before`;
	const failed = choice.guards.find((g) => !allHold([g], state.vars));
	if (failed) {
		return `choice ${position} at step \`${step.id}\` is not offered: \`if ${failed.key} ${failed.op} ${failed.value}\` is false (${failed.key} is ${state.vars[failed.key]})`;
	}
	return null;
}

/** Whether the choice at this file position is offered now (cheaper than listing every offered choice). */
export function isOffered(rp: Roleplay, state: PlayState, position: number): boolean {
	return refusal(rp, state, position) === null;
}

export function choose(rp: Roleplay, state: PlayState, position: number): PlayState | { error: string } {
	const error = refusal(rp, state, position);
	if (error) return { error };
	const step = rp.steps[state.step];
	const choice = step.choices.find((c) => c.position === position)!;
	const vars = { ...state.vars };
	const scores = { ...state.scores };
	for (const e of choice.effects) {
		const bag = e.kind === 'skill' ? scores : vars;
		bag[e.key] = e.op === 'set' ? e.value : bag[e.key] + e.value;
	}
	const taken: TakenChoice = {
		step: step.id,
		position,
		text: choice.text,
		effects: choice.effects,
		feedbackHtml: choice.feedbackHtml
	};
	return {
		step: choice.target,
		vars,
		scores,
		taken: [...state.taken, takenId(step.id, position)],
		path: [...state.path, choice.target],
		history: [...state.history, taken]
	};
}

/** round(100 * max(score, 0) / best), halves rounded up, in integers so 37.5 is never 37.49999. */
export function percentOf(score: number, best: number): number {
	return Math.floor((200 * Math.max(score, 0) + best) / (2 * best));
}

export function resultOf(rp: Roleplay, state: PlayState): Result {
	const step = rp.steps[state.step];
	if (!step?.end) throw new Error(`resultOf: step ${state.step} is not an ending`);
	const total = Object.values(state.scores).reduce((a, b) => a + b, 0);
	const best = rp.analysis.best;
	const percent = percentOf(total, best);
	const skills: Record<string, SkillResult> = {};
	for (const key of Object.keys(rp.skills)) {
		const skillBest = rp.analysis.skillBest[key];
		const score = state.scores[key] ?? 0;
		skills[key] = { score, best: skillBest, percent: skillBest > 0 ? percentOf(score, skillBest) : null };
	}
	return {
		id: rp.id,
		outcome: step.end,
		ending: step.id,
		total,
		best,
		percent,
		passed: step.end !== 'lost' && percent >= rp.pass,
		skills,
		vars: { ...state.vars },
		path: [...state.path]
	};
}

/** One answer in a dialogue: the step as the learner saw it, what they chose, and the state either side. */
export interface Turn {
	step: Step;
	/** the customer's lines whose guards held when the learner got to the step */
	lines: Line[];
	taken: TakenChoice;
	/** the state the learner chose from: what the debrief asks `bestChoiceAt` about */
	before: PlayState;
	after: PlayState;
}

/** Takes the choice at this file position: the turn it makes, or why it is not offered. */
export function takeTurn(rp: Roleplay, before: PlayState, position: number): Turn | { error: string } {
	const after = choose(rp, before, position);
	if ('error' in after) return after;
	const taken = after.history[after.history.length - 1];
	return { step: rp.steps[before.step], lines: visibleLines(rp, before), taken, before, after };
}

export type Walk =
	| { ok: true; turns: Turn[]; state: PlayState; lines: Line[] }
	| { ok: false; turns: Turn[]; state: PlayState; reason: string; index: number; position: number };

/**
 * Takes the choices at these file positions one after another, from the start (or from `from`), and
 * stops at the first that is not offered: `index` is 0-based into `positions`, `state` where it stopped.
 * The one loop over a path of choices: scoring, drafts, the player, previews and the CLI all walk here.
 */
export function walk(rp: Roleplay, positions: readonly number[], from: PlayState = initialState(rp)): Walk {
	let state = from;
	const turns: Turn[] = [];
	for (const [index, position] of positions.entries()) {
		const turn = takeTurn(rp, state, position);
		if ('error' in turn) return { ok: false, turns, state, reason: turn.error, index, position };
		turns.push(turn);
		state = turn.after;
	}
	return { ok: true, turns, state, lines: visibleLines(rp, state) };
}

export type ReplayOutcome =
	| { ok: true; result: Result; history: TakenChoice[]; turns: Turn[] }
	| { ok: false; reason: string; step: string; index: number; position: number };

/**
 * Plays the positions from the start to an ending, as the server does to score an attempt. `index` is
 * 0-based into `positions`; when the positions run out before an ending, index is positions.length and position 0.
 */
export function replay(rp: Roleplay, positions: readonly number[]): ReplayOutcome {
	const walked = walk(rp, positions);
	const { state } = walked;
	if (!walked.ok) {
		return { ok: false, reason: walked.reason, step: state.step, index: walked.index, position: walked.position };
	}
	if (!rp.steps[state.step].end) {
		const offered = offeredChoices(rp, state).map((c) => c.position);
		const reason = `the choices stop at step \`${state.step}\`, before an ending (offered there: ${offered.join(', ')})`;
		return { ok: false, reason, step: state.step, index: positions.length, position: 0 };
	}
	return { ok: true, result: resultOf(rp, state), history: state.history, turns: walked.turns };
}

const explorers = new WeakMap<Roleplay, Explorer>();

function explorerFor(rp: Roleplay): Explorer {
	let explorer = explorers.get(rp);
	if (!explorer) {
		explorer = new Explorer(indexGraph(rp));
		explorers.set(rp, explorer);
	}
	return explorer;
}

function searchState(explorer: Explorer, rp: Roleplay, state: PlayState): SearchState {
	const graph = explorer.graph;
	const step = graph.stepIndex.get(state.step)!;
	const component = graph.steps[step].component;
	let taken: number[] = [];
	for (const id of state.taken) {
		const [stepId, position] = [id.slice(0, id.lastIndexOf('#')), Number(id.slice(id.lastIndexOf('#') + 1))];
		const s = graph.stepIndex.get(stepId);
		const choice = s === undefined ? undefined : graph.steps[s].choices.find((c) => c.position === position);
		if (choice && choice.bit >= 0 && graph.steps[s!].component === component) taken = withBit(taken, choice.bit);
	}
	return { step, vars: graph.varKeys.map((k) => state.vars[k]), taken };
}

/**
 * The choice with the highest final total still reachable from this state (the first in file order on a
 * tie), and that total, counting what was already scored. Null at an ending or where nothing leads on.
 */
export function bestChoiceAt(rp: Roleplay, state: PlayState): { choice: Choice; total: number } | null {
	const step = rp.steps[state.step];
	if (!step || step.end) return null;
	const explorer = explorerFor(rp);
	const root = explorer.solve(searchState(explorer, rp, state));
	let best: { choice: Choice; total: number } | null = null;
	const sofar = Object.values(state.scores).reduce((a, b) => a + b, 0);
	for (const { choice, best: rest } of explorer.choicesFrom(root)) {
		if (rest === -Infinity) continue;
		if (!best || sofar + rest > best.total) {
			best = { choice: step.choices.find((c) => c.position === choice.position)!, total: sofar + rest };
		}
	}
	return best;
}
