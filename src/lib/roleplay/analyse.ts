// Static analysis: what a learner can reach, where they could get stuck, and the best score any path gives.
import { Explorer, offered, StateLimitError, type SearchState } from './explore.js';
import { indexGraph, type Graph, type GraphIndex } from './graph.js';
import type { Analysis, Outcome } from './types.js';

export type Finding =
	| { kind: 'unreachable'; step: string }
	| { kind: 'stuck'; step: string; path: { step: string; position: number }[] }
	| { kind: 'no-ending' }
	| { kind: 'best-not-positive'; best: number }
	| { kind: 'state-limit' };

function rootState(index: GraphIndex, graph: Graph): SearchState {
	return { step: index.stepIndex.get(graph.start) ?? 0, vars: index.varKeys.map((k) => graph.vars[k]), taken: [] };
}

export interface Analysed {
	analysis: Analysis | null;
	findings: Finding[];
	/** the solved search and its root, for the analyses that need the reachable states again */
	search: { explorer: Explorer; root: number } | null;
}

export function analyse(graph: Graph): Analysed {
	const index = indexGraph(graph);
	const explorer = new Explorer(index);
	let root: number;
	try {
		root = explorer.solve(rootState(index, graph));
	} catch (e) {
		if (e instanceof StateLimitError) return { analysis: null, findings: [{ kind: 'state-limit' }], search: null };
		throw e;
	}
	const findings: Finding[] = [];
	const reached = new Set<number>();
	const stuck = new Map<number, number>();
	const meterIndex = graph.meter ? index.varKeys.indexOf(graph.meter) : -1;
	let min = Infinity;
	let max = -Infinity;
	explorer.states.forEach((state, id) => {
		reached.add(state.step);
		if (meterIndex >= 0) {
			min = Math.min(min, state.vars[meterIndex]);
			max = Math.max(max, state.vars[meterIndex]);
		}
		const step = index.steps[state.step];
		// A state is stuck when it is no ending and nothing is offered: the learner would face an empty list.
		if (!step.end && !stuck.has(state.step) && offered(index, state).length === 0) stuck.set(state.step, id);
	});
	index.steps.forEach((step, i) => {
		if (!reached.has(i)) findings.push({ kind: 'unreachable', step: step.id });
	});
	for (const [step, id] of stuck)
		findings.push({ kind: 'stuck', step: index.steps[step].id, path: explorer.pathTo(id) });
	const endings = index.steps
		.filter((s, i) => s.end && reached.has(i))
		.map((s) => ({ id: s.id, outcome: graph.steps[s.id].end as Outcome }));
	const best = explorer.best[root];
	if (endings.length === 0) findings.push({ kind: 'no-ending' });
	else if (best <= 0) findings.push({ kind: 'best-not-positive', best });
	const skillBest = Object.fromEntries(index.skillKeys.map((k, i) => [k, explorer.skillBest[root][i]]));
	const analysis: Analysis = { best, skillBest, stateCount: explorer.states.length, endings };
	if (meterIndex >= 0) analysis.meterRange = { min, max };
	return { analysis, findings, search: { explorer, root } };
}
