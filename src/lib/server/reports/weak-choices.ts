// Per-step tables of how often each choice was picked beside what it scores, so that weak choices
// many learners make stand out.
import type { Effect, Roleplay } from '../../roleplay';
import type { ChoiceCount } from './roleplay';

export interface ChoiceRow {
	position: number;
	text: string;
	effects: Effect[];
	/** sum of the choice's skill effects */
	total: number;
	picked: number;
	/** share of the step's picks, 0-100 */
	share: number;
	/** scores below the step's best choice and nothing (or the least) at all */
	weak: boolean;
}

export interface StepTable {
	stepId: string;
	title: string;
	picks: number;
	choices: ChoiceRow[];
}

const skillTotal = (effects: Effect[]) =>
	effects.reduce((sum, e) => sum + (e.kind === 'skill' && e.op === 'add' ? e.value : 0), 0);

export function stepTables(rp: Roleplay, counts: ChoiceCount[]): StepTable[] {
	const picked = new Map(counts.map((c) => [`${c.stepId}#${c.position}`, c.picked]));
	return rp.stepOrder
		.map((id) => rp.steps[id])
		.filter((step) => step.choices.length > 0)
		.map((step) => {
			const totals = step.choices.map((c) => skillTotal(c.effects));
			const best = Math.max(...totals);
			const least = Math.min(...totals);
			const picks = step.choices.reduce((sum, c) => sum + (picked.get(`${step.id}#${c.position}`) ?? 0), 0);
			return {
				stepId: step.id,
				title: step.title,
				picks,
				choices: step.choices.map((c, i) => {
					const n = picked.get(`${step.id}#${c.position}`) ?? 0;
					return {
						position: c.position,
						text: c.text,
						effects: c.effects,
						total: totals[i],
						picked: n,
						share: picks ? Math.round((100 * n) / picks) : 0,
						weak: totals[i] < best && (totals[i] <= 0 || totals[i] === least)
					};
				})
			};
		});
}

/** The weak choices picked most often, across all steps: what a coach should talk about first. */
export function commonWeakChoices<C extends Pick<ChoiceRow, 'weak' | 'picked'>>(
	tables: { title: string; choices: C[] }[],
	limit = 5
): (C & { stepTitle: string })[] {
	return tables
		.flatMap((t) => t.choices.filter((c) => c.weak && c.picked > 0).map((c) => ({ ...c, stepTitle: t.title })))
		.sort((a, b) => b.picked - a.picked)
		.slice(0, limit);
}
