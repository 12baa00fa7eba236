// The role-play as numbered arrays, for the state search: steps, choices and the loops (hubs) they form.
import type { Effect, Guard, Roleplay } from './types.js';

export type Graph = Pick<Roleplay, 'start' | 'steps' | 'stepOrder' | 'skills' | 'vars' | 'meter'>;

export interface IndexedChoice {
	/** index of the choice over the whole file */
	gid: number;
	position: number;
	target: number;
	guards: { varIndex: number; op: Guard['op']; value: number }[];
	/** var effects in file order; skill deltas summed */
	varEffects: { varIndex: number; op: Effect['op']; value: number }[];
	skillDeltas: number[];
	total: number;
	/** whether its step can be returned to, so having taken it matters later */
	remembered: boolean;
	/** for a remembered choice, its bit in the taken set of its loop; -1 otherwise */
	bit: number;
}

export interface IndexedStep {
	id: string;
	end: boolean;
	/** strongly connected component: a hub and the steps that loop back to it share one */
	component: number;
	choices: IndexedChoice[];
}

export interface GraphIndex {
	steps: IndexedStep[];
	stepIndex: Map<string, number>;
	varKeys: string[];
	skillKeys: string[];
	choiceByGid: { step: number; choice: IndexedChoice }[];
}

export function indexGraph(graph: Graph): GraphIndex {
	const varKeys = Object.keys(graph.vars);
	const skillKeys = Object.keys(graph.skills);
	const stepIndex = new Map(graph.stepOrder.map((id, i) => [id, i]));
	const choiceByGid: GraphIndex['choiceByGid'] = [];
	const steps: IndexedStep[] = graph.stepOrder.map((id, s) => {
		const step = graph.steps[id];
		const choices = step.choices.map((c): IndexedChoice => {
			const skillDeltas = skillKeys.map(() => 0);
			for (const e of c.effects) if (e.kind === 'skill') skillDeltas[skillKeys.indexOf(e.key)] += e.value;
			const choice: IndexedChoice = {
				gid: choiceByGid.length,
				position: c.position,
				target: stepIndex.get(c.target) ?? -1,
				guards: c.guards.map((g) => ({ varIndex: varKeys.indexOf(g.key), op: g.op, value: g.value })),
				varEffects: c.effects
					.filter((e) => e.kind === 'var')
					.map((e) => ({ varIndex: varKeys.indexOf(e.key), op: e.op, value: e.value })),
				skillDeltas,
				total: skillDeltas.reduce((a, b) => a + b, 0),
				remembered: false,
				bit: -1
			};
			choiceByGid.push({ step: s, choice });
			return choice;
		});
		return { id, end: step.end !== undefined, component: -1, choices };
	});
	markComponents(steps);
	const bits = new Map<number, number>();
	for (const step of steps) {
		for (const c of step.choices) {
			c.remembered = c.target >= 0 && steps[c.target].component === step.component;
			if (c.remembered) {
				c.bit = bits.get(step.component) ?? 0;
				bits.set(step.component, c.bit + 1);
			}
		}
	}
	return { steps, stepIndex, varKeys, skillKeys, choiceByGid };
}

/** Tarjan's algorithm, iterative so that a 2,000-step chain does not overflow the call stack. */
function markComponents(steps: IndexedStep[]): void {
	const index = new Array<number>(steps.length).fill(-1);
	const low = new Array<number>(steps.length).fill(0);
	const onStack = new Array<boolean>(steps.length).fill(false);
	const stack: number[] = [];
	let counter = 0;
	let component = 0;
	for (let root = 0; root < steps.length; root++) {
		if (index[root] !== -1) continue;
		const work: [number, number][] = [[root, 0]];
		while (work.length > 0) {
			const frame = work[work.length - 1];
			const [v, i] = frame;
			if (i === 0 && index[v] === -1) {
				index[v] = low[v] = counter++;
				stack.push(v);
				onStack[v] = true;
			}
			const targets = steps[v].choices.map((c) => c.target).filter((t) => t >= 0);
			if (i < targets.length) {
				frame[1]++;
				const w = targets[i];
				if (index[w] === -1) work.push([w, 0]);
				else if (onStack[w]) low[v] = Math.min(low[v], index[w]);
				continue;
			}
			work.pop();
			if (work.length > 0) {
				const parent = work[work.length - 1][0];
				low[parent] = Math.min(low[parent], low[v]);
			}
			if (low[v] === index[v]) {
				let w: number;
				do {
					w = stack.pop()!;
					onStack[w] = false;
					steps[w].component = component;
				} while (w !== v);
				component++;
			}
		}
	}
}
