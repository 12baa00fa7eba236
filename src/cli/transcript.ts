// The text `peilian play` prints: each step as the learner saw it, the choice taken, its coaching, then the score.
import {
	describeEffect,
	initialState,
	choose,
	visibleLines,
	type PlayState,
	type Result,
	type Roleplay,
	type TakenChoice
} from '../lib/roleplay/index.js';
import { htmlToText } from './text.js';

function stepBlock(rp: Roleplay, state: PlayState, taken: TakenChoice | undefined): string[] {
	const step = rp.steps[state.step];
	const out = [`## ${step.title} {#${step.id}}${step.end ? `  (end ${step.end})` : ''}`];
	for (const line of visibleLines(rp, state)) {
		const text = htmlToText(line.html);
		out.push(line.kind === 'narration' ? `   *${text}*` : `   ${text}`);
	}
	if (taken) {
		const effects = taken.effects.map((e) => describeEffect(e)).join(', ');
		out.push(`-> ${taken.position}. ${taken.text}${effects ? `   [${effects}]` : ''}`);
		if (taken.feedbackHtml)
			out.push(
				...htmlToText(taken.feedbackHtml)
					.split('\n')
					.map((l) => `   > ${l}`)
			);
	}
	return out;
}

export function transcript(rp: Roleplay, history: TakenChoice[], result: Result): string {
	const out = [`# ${rp.title} (${rp.id})`, ''];
	let state = initialState(rp);
	for (const taken of history) {
		out.push(...stepBlock(rp, state, taken), '');
		const next = choose(rp, state, taken.position);
		if ('error' in next) throw new Error(`transcript: ${next.error}`);
		state = next;
	}
	out.push(...stepBlock(rp, state, undefined), '');
	out.push(
		`${result.outcome} at \`${result.ending}\`: total ${result.total} of best ${result.best}, ${result.percent}%, ${result.passed ? 'passed' : 'not passed'} (pass ${rp.pass}%)`
	);
	for (const [key, s] of Object.entries(result.skills)) {
		out.push(`   ${rp.skills[key]} (${key}): ${s.score} of ${s.best}${s.percent === null ? '' : `, ${s.percent}%`}`);
	}
	const vars = Object.entries(result.vars)
		.map(([k, v]) => `${k} = ${v}`)
		.join(', ');
	if (vars) out.push(`   vars: ${vars}`);
	out.push(`   path: ${result.path.join(' → ')}`);
	return out.join('\n');
}
