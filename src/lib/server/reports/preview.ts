// The trainer's preview: the engine's own runtime, driven from the query string, so any step can be
// opened with chosen variable values and played on from there, with every score and guard on view.
import {
	describeEffect,
	initialState,
	offeredChoices,
	resultOf,
	visibleLines,
	walk,
	type Guard,
	type PlayState,
	type Roleplay
} from '../../roleplay';

export interface PreviewQuery {
	/** the step to start from; the role-play's start when absent */
	from: string;
	vars: Record<string, number>;
	/** positions chosen since `from` */
	path: number[];
}

export function previewQuery(rp: Roleplay, params: URLSearchParams): PreviewQuery {
	const asked = params.get('step') ?? '';
	const vars: Record<string, number> = {};
	for (const key of Object.keys(rp.vars)) {
		const value = Number(params.get(`var.${key}`));
		if (params.has(`var.${key}`) && Number.isFinite(value)) vars[key] = value;
	}
	const path = (params.get('path') ?? '').split('.').filter(Boolean).map(Number).filter(Number.isInteger);
	return { from: rp.steps[asked] ? asked : rp.start, vars, path };
}

const guardText = (g: Guard) => `${g.key} ${g.op} ${g.value}`;

function startState(rp: Roleplay, q: PreviewQuery): PlayState {
	const initial = initialState(rp);
	return { ...initial, step: q.from, path: [q.from], vars: { ...initial.vars, ...q.vars } };
}

export function previewAt(rp: Roleplay, q: PreviewQuery) {
	const walked = walk(rp, q.path, startState(rp, q));
	const { state } = walked;
	const problem = walked.ok ? null : walked.reason;
	const taken = walked.turns.map((turn) => turn.taken.position);
	const step = rp.steps[state.step];
	const offered = new Set(offeredChoices(rp, state).map((c) => c.position));
	const base = { step: q.from, ...Object.fromEntries(Object.entries(q.vars).map(([k, v]) => [`var.${k}`, String(v)])) };
	const href = (path: number[]) =>
		`?${new URLSearchParams({ ...base, ...(path.length ? { path: path.join('.') } : {}) })}`;
	return {
		roleplay: {
			id: rp.id,
			title: rp.title,
			pass: rp.pass,
			best: rp.analysis.best,
			skills: rp.skills,
			start: rp.start,
			shuffle: rp.shuffle
		},
		from: q.from,
		vars: state.vars,
		startVars: { ...initialState(rp).vars, ...q.vars },
		scores: state.scores,
		problem,
		back: taken.length ? href(taken.slice(0, -1)) : null,
		history: state.history.map((h) => ({
			step: rp.steps[h.step]?.title ?? h.step,
			text: h.text,
			effects: h.effects.map((e) => describeEffect(e))
		})),
		step: {
			id: step.id,
			title: step.title,
			end: step.end ?? null,
			lines: visibleLines(rp, state).map((l) => ({ kind: l.kind, html: l.html })),
			choices: step.choices.map((c) => ({
				position: c.position,
				html: c.html,
				target: rp.steps[c.target]?.title ?? c.target,
				effects: c.effects.map((e) => describeEffect(e)),
				guards: c.guards.map(guardText),
				feedbackHtml: c.feedbackHtml,
				href: offered.has(c.position) ? href([...taken, c.position]) : null
			}))
		},
		result: step.end ? resultOf(rp, state) : null,
		steps: rp.stepOrder.map((id) => ({ id, title: rp.steps[id].title, end: rp.steps[id].end ?? null }))
	};
}
