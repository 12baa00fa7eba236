// The search over every state a learner can reach (step, vars, choices taken), with the best score from each.
import { holds } from './directives.js';
import type { GraphIndex, IndexedChoice } from './graph.js';

/** The analysis stops with an error past this many distinct states; the authoring guide states the same number. */
export const MAX_STATES = 200_000;

export class StateLimitError extends Error {
	constructor() {
		super(`more than ${MAX_STATES} reachable states`);
	}
}

export interface SearchState {
	step: number;
	vars: number[];
	/**
	 * The taken choices that can still matter, as 32-bit words of a bit set: those of the current step's
	 * loop (component). Once a path leaves a loop it can never come back, so what was taken there is
	 * forgotten, which keeps the number of states close to the number of steps for files without hubs.
	 */
	taken: number[];
}

/** A state with its key parts cached: most choices change neither vars nor the taken set, so keys share them. */
interface KeyedState extends SearchState {
	varsKey: string;
	takenKey: string;
}

const NEW = 0;
const OPEN = 1;
const DONE = 2;

export function offered(graph: GraphIndex, state: SearchState): IndexedChoice[] {
	const step = graph.steps[state.step];
	if (step.end) return [];
	return step.choices.filter(
		(c) =>
			c.target >= 0 &&
			!(c.bit >= 0 && isTaken(state.taken, c.bit)) &&
			c.guards.every((g) => g.varIndex < 0 || holds(state.vars[g.varIndex], g.op, g.value))
	);
}

export function next(graph: GraphIndex, state: SearchState, choice: IndexedChoice): KeyedState {
	const keyed = state as Partial<KeyedState>;
	let vars = state.vars;
	let varsKey = keyed.varsKey;
	if (choice.varEffects.length > 0) {
		vars = vars.slice();
		for (const e of choice.varEffects) {
			if (e.varIndex >= 0) vars[e.varIndex] = e.op === 'set' ? e.value : vars[e.varIndex] + e.value;
		}
		varsKey = undefined;
	}
	const sameLoop = graph.steps[choice.target].component === graph.steps[state.step].component;
	let taken = state.taken;
	let takenKey = keyed.takenKey;
	if (!sameLoop) [taken, takenKey] = [[], ''];
	else if (choice.bit >= 0) [taken, takenKey] = [withBit(taken, choice.bit), undefined];
	return {
		step: choice.target,
		vars,
		taken,
		varsKey: varsKey ?? vars.join(','),
		takenKey: takenKey ?? taken.join(',')
	};
}

function keyed(state: SearchState): KeyedState {
	const k = state as Partial<KeyedState>;
	return { ...state, varsKey: k.varsKey ?? state.vars.join(','), takenKey: k.takenKey ?? state.taken.join(',') };
}

function isTaken(words: readonly number[], bit: number): boolean {
	return ((words[bit >>> 5] ?? 0) & (1 << (bit & 31))) !== 0;
}

export function withBit(words: readonly number[], bit: number): number[] {
	const out = words.slice();
	while (out.length <= bit >>> 5) out.push(0);
	out[bit >>> 5] |= 1 << (bit & 31);
	return out;
}

const keyOf = (s: KeyedState) => `${s.step}|${s.varsKey}|${s.takenKey}`;

/**
 * Memoised depth-first search. States form a DAG (a loop can only be re-entered with one more choice
 * taken), so each state's best is final once its successors are done. Iterative: paths can be thousands
 * of choices long.
 */
export class Explorer {
	readonly states: SearchState[] = [];
	/** best total from a state to an ending; -Infinity when no ending can be reached from it */
	readonly best: number[] = [];
	/** per state, per skill: that skill's best from the state to an ending */
	readonly skillBest: number[][] = [];
	/** the state first reached from (parent state, choice gid), for example paths */
	readonly parent: number[] = [];
	readonly via: number[] = [];
	private readonly ids = new Map<string, number>();
	private readonly status: number[] = [];
	private readonly edges: number[][] = [];

	constructor(readonly graph: GraphIndex) {}

	intern(state: KeyedState, parent = -1, via = -1): number {
		const key = keyOf(state);
		const found = this.ids.get(key);
		if (found !== undefined) return found;
		if (this.states.length >= MAX_STATES) throw new StateLimitError();
		const id = this.states.length;
		this.ids.set(key, id);
		this.states.push(state);
		this.status.push(NEW);
		this.best.push(-Infinity);
		this.skillBest.push([]);
		this.parent.push(parent);
		this.via.push(via);
		this.edges.push([]);
		return id;
	}

	/** Solves every state reachable from `root`; returns its id. Throws StateLimitError past MAX_STATES. */
	solve(root: SearchState): number {
		const rootId = this.intern(keyed(root));
		const stack = [rootId];
		while (stack.length > 0) {
			const id = stack[stack.length - 1];
			if (this.status[id] === DONE) {
				stack.pop();
			} else if (this.status[id] === NEW) {
				this.status[id] = OPEN;
				const state = this.states[id];
				const edges = this.edges[id];
				for (const c of offered(this.graph, state)) {
					const child = this.intern(next(this.graph, state, c), id, c.gid);
					edges.push(c.gid, child);
					if (this.status[child] === NEW) stack.push(child);
				}
			} else {
				this.finish(id);
				stack.pop();
			}
		}
		return rootId;
	}

	private finish(id: number): void {
		const skills = this.graph.skillKeys.length;
		const state = this.states[id];
		if (this.graph.steps[state.step].end) {
			this.best[id] = 0;
			this.skillBest[id] = new Array(skills).fill(0);
		} else {
			const skillBest = new Array<number>(skills).fill(-Infinity);
			let best = -Infinity;
			const edges = this.edges[id];
			for (let i = 0; i < edges.length; i += 2) {
				const choice = this.graph.choiceByGid[edges[i]].choice;
				const child = edges[i + 1];
				best = Math.max(best, choice.total + this.best[child]);
				for (let k = 0; k < skills; k++) {
					skillBest[k] = Math.max(skillBest[k], choice.skillDeltas[k] + this.skillBest[child][k]);
				}
			}
			this.best[id] = best;
			this.skillBest[id] = skillBest;
		}
		this.status[id] = DONE;
		this.edges[id] = [];
	}

	/** Offered choices from a solved state, each with the best total still reachable through it. */
	choicesFrom(id: number): { choice: IndexedChoice; best: number }[] {
		const state = this.states[id];
		return offered(this.graph, state).map((c) => ({
			choice: c,
			best: c.total + this.best[this.intern(next(this.graph, state, c))]
		}));
	}

	/** The choices (step id and position) that first reached a state, from the root. */
	pathTo(id: number): { step: string; position: number }[] {
		const path: { step: string; position: number }[] = [];
		for (let at = id; this.parent[at] >= 0; at = this.parent[at]) {
			const { step, choice } = this.graph.choiceByGid[this.via[at]];
			path.push({ step: this.graph.steps[step].id, position: choice.position });
		}
		return path.reverse();
	}
}
