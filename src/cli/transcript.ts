// The text `peilian play` prints: each step as the learner saw it, the choice taken, its coaching, then the score.
import {
	describeEffect,
	initialState,
	visibleLines,
	type Line,
	type Result,
	type Roleplay,
	type Step,
	type TakenChoice,
	type Turn
} from '../lib/roleplay/index.js';
import { htmlToText } from './text.js';

function stepBlock(step: Step, lines: Line[], taken: TakenChoice | undefined): string[] {
	const out = [`## ${step.title} {#${step.id}}${step.end ? `  (end ${step.end})` : ''}`];
	for (const line of lines) {
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

export function transcript(rp: Roleplay, turns: readonly Turn[], result: Result): string {
	const out = [`# ${rp.title} (${rp.id})`, ''];
	for (const turn of turns) out.push(...stepBlock(turn.step, turn.lines, turn.taken), '');
	const ending = turns.at(-1)?.after ?? initialState(rp);
	out.push(...stepBlock(rp.steps[ending.step], visibleLines(rp, ending), undefined), '');
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
