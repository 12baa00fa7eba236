// Scoring that a shortcut can beat, found over the reachable states the analysis already solved:
// strategies that ignore the customer yet pass, wins made with poor technique, steps with no good
// answer, and the best answer given away by its length. Each is a warning with an example path.
import { next, offered, type Explorer } from './explore.js';
import type { IndexedChoice } from './graph.js';
import { percentOf } from './runtime.js';
import type { Outcome, Roleplay } from './types.js';

export type Strategy = 'longest' | 'shortest' | 'first' | 'last';

export type ValidityFinding =
	| {
			kind: 'shortcut-passes';
			strategy: Strategy;
			ending: string;
			outcome: Outcome;
			percent: number;
			choices: number[];
	  }
	| { kind: 'cheap-win'; ending: string; percent: number; choices: number[] }
	| { kind: 'no-good-answer'; step: string; choices: number[] }
	| { kind: 'best-is-longest'; step: string; tells: string[]; eligible: number; choices: number[] };

interface Edge {
	choice: IndexedChoice;
	child: number;
}

/** Characters of a choice's visible text, by code point, so a Chinese character counts as one. */
const lengthOf = (text: string) => [...text].length;

/** The search's states seen again, with each state's offered choices and where they lead. */
class Reachable {
	readonly length: number[];
	private readonly cache: Edge[][] = [];

	constructor(
		readonly rp: Roleplay,
		readonly explorer: Explorer,
		readonly root: number
	) {
		const graph = explorer.graph;
		this.length = graph.choiceByGid.map(({ step, choice }) => {
			const written = rp.steps[graph.steps[step].id].choices.find((c) => c.position === choice.position);
			return lengthOf(written?.text ?? '');
		});
	}

	edges(id: number): Edge[] {
		let edges = this.cache[id];
		if (!edges) {
			const state = this.explorer.states[id];
			edges = offered(this.explorer.graph, state).map((choice) => ({
				choice,
				child: this.explorer.intern(next(this.explorer.graph, state, choice))
			}));
			this.cache[id] = edges;
		}
		return edges;
	}

	stepOf(id: number): string {
		return this.explorer.graph.steps[this.explorer.states[id].step].id;
	}

	positionsTo(id: number): number[] {
		return this.explorer.pathTo(id).map((p) => p.position);
	}
}

export function validityFindings(rp: Roleplay, explorer: Explorer, root: number): ValidityFinding[] {
	const reachable = new Reachable(rp, explorer, root);
	const strategies: Strategy[] = rp.shuffle ? ['longest', 'shortest'] : ['longest', 'shortest', 'first', 'last'];
	return [
		...strategies.flatMap((s) => shortcut(reachable, s)),
		...cheapWins(reachable),
		...noGoodAnswer(reachable),
		...bestIsLongest(reachable)
	];
}

function pick(reachable: Reachable, strategy: Strategy, edges: Edge[]): Edge {
	if (strategy === 'first') return edges[0];
	if (strategy === 'last') return edges[edges.length - 1];
	const sign = strategy === 'longest' ? 1 : -1;
	// first in file order on a tie: only a strictly better length replaces it
	return edges.reduce((a, b) =>
		sign * reachable.length[b.choice.gid] > sign * reachable.length[a.choice.gid] ? b : a
	);
}

/**
 * Plays the strategy from the start; a finding when it reaches an ending that passes, having had a
 * choice to make on the way (a file with one answer per step has nothing to shortcut).
 */
function shortcut(reachable: Reachable, strategy: Strategy): ValidityFinding[] {
	const { rp } = reachable;
	const choices: number[] = [];
	let total = 0;
	let chose = false;
	let id = reachable.root;
	for (;;) {
		const step = rp.steps[reachable.stepOf(id)];
		if (step.end) {
			const percent = percentOf(total, rp.analysis.best);
			const passed = chose && step.end !== 'lost' && percent >= rp.pass;
			return passed
				? [{ kind: 'shortcut-passes', strategy, ending: step.id, outcome: step.end, percent, choices }]
				: [];
		}
		const edges = reachable.edges(id);
		if (edges.length === 0) return [];
		const edge = pick(reachable, strategy, edges);
		chose ||= edges.length > 1;
		choices.push(edge.choice.position);
		total += edge.choice.total;
		id = edge.child;
	}
}

/** Every state below `root` after all of its successors: the states form a DAG. */
function postOrder(reachable: Reachable, visit: (id: number) => void): void {
	const seen = new Uint8Array(reachable.explorer.states.length);
	const stack = [reachable.root];
	while (stack.length > 0) {
		const id = stack[stack.length - 1];
		if (seen[id] === 2) {
			stack.pop();
		} else if (seen[id] === 1) {
			seen[id] = 2;
			stack.pop();
			visit(id);
		} else {
			seen[id] = 1;
			for (const { child } of reachable.edges(id)) if (!seen[child]) stack.push(child);
		}
	}
}

/** For each `won` ending, the lowest total that reaches it; a finding when that is below half the best. */
function cheapWins(reachable: Reachable): ValidityFinding[] {
	const { rp } = reachable;
	const won = rp.stepOrder.filter((id) => rp.steps[id].end === 'won');
	if (won.length === 0) return [];
	const k = won.length;
	const worst = new Float64Array(reachable.explorer.states.length * k).fill(Infinity);
	postOrder(reachable, (id) => {
		const ending = won.indexOf(reachable.stepOf(id));
		if (ending >= 0) worst[id * k + ending] = 0;
		for (const { choice, child } of reachable.edges(id)) {
			for (let j = 0; j < k; j++) worst[id * k + j] = Math.min(worst[id * k + j], choice.total + worst[child * k + j]);
		}
	});
	const findings: ValidityFinding[] = [];
	won.forEach((ending, j) => {
		const lowest = worst[reachable.root * k + j];
		if (!Number.isFinite(lowest) || 2 * lowest >= rp.analysis.best) return;
		const choices: number[] = [];
		for (let id = reachable.root, left = lowest; reachable.stepOf(id) !== ending;) {
			const edge = reachable.edges(id).find((e) => e.choice.total + worst[e.child * k + j] === left)!;
			choices.push(edge.choice.position);
			left -= edge.choice.total;
			id = edge.child;
		}
		findings.push({ kind: 'cheap-win', ending, percent: percentOf(lowest, rp.analysis.best), choices });
	});
	return findings;
}

/** The first reachable state, per step, where every offered answer loses points. */
function noGoodAnswer(reachable: Reachable): ValidityFinding[] {
	const found = new Map<string, number>();
	reachable.explorer.states.forEach((_, id) => {
		const step = reachable.stepOf(id);
		if (found.has(step)) return;
		const edges = reachable.edges(id);
		if (edges.length > 0 && edges.every((e) => e.choice.total < 0)) found.set(step, id);
	});
	return [...found].map(([step, id]) => ({ kind: 'no-good-answer', step, choices: reachable.positionsTo(id) }));
}

/**
 * At the first state that reaches each step with two or more answers: is the single best answer (the
 * highest total still reachable through it) also the longest line? A finding when so at most such steps.
 */
function bestIsLongest(reachable: Reachable): ValidityFinding[] {
	const best = reachable.explorer.best;
	const firstState = new Map<string, number>();
	reachable.explorer.states.forEach((_, id) => {
		if (!firstState.has(reachable.stepOf(id))) firstState.set(reachable.stepOf(id), id);
	});
	let eligible = 0;
	const tells: { step: string; id: number }[] = [];
	for (const [step, id] of firstState) {
		const edges = reachable.edges(id);
		if (edges.length < 2) continue;
		eligible++;
		const through = edges.map((e) => e.choice.total + best[e.child]);
		const top = Math.max(...through);
		if (top === -Infinity || through.filter((t) => t === top).length !== 1) continue;
		if (pick(reachable, 'longest', edges) === edges[through.indexOf(top)]) tells.push({ step, id });
	}
	if (tells.length === 0 || 2 * tells.length <= eligible) return [];
	const [first] = tells;
	return [
		{
			kind: 'best-is-longest',
			step: first.step,
			tells: tells.map((t) => t.step),
			eligible,
			choices: reachable.positionsTo(first.id)
		}
	];
}
