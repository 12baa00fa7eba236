import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileRoleplay, replay, type Roleplay } from './index.js';
import { choose, initialState, offeredChoices, resultOf } from './runtime.js';
import { displayOrder } from './shuffle.js';

// The bundled role-plays are what every new salesperson plays first: these tests hold the author's
// intent (the path a top performer takes wins with full marks, the habits we train out do not pass).
const DIR = new URL('../../../content/roleplays/', import.meta.url);

const VOCABULARY: Record<string, string> = {
	qualifying: '客户甄别',
	questioning: '提问',
	listening: '倾听',
	empathy: '共情',
	trust_building: '建立信任',
	value: '价值呈现',
	objection: '异议处理',
	closing: '促成',
	retention: '客户维护',
	key_account: '大客户经营'
};

interface Weak {
	habit: string;
	choices: number[];
	outcome: 'lost' | 'neutral';
}

interface Expectation {
	golden: number[];
	weak: Weak[];
}

// Choice positions as written in each file, the same numbers as `peilian play --choices`.
const BUNDLED: Record<string, Expectation> = {
	'price-too-high': {
		// welcome, ask about the kitchen, echo the needs, feelings before price, land the hood and the stove demos
		// on what they said, do the sums, choice close
		golden: [2, 2, 3, 3, 1, 3, 2, 2, 5, 2],
		weak: [
			{
				habit: 'leads with the promotion, quotes at once, discounts at the first objection, then throws in a gift',
				choices: [1, 1, 2, 1],
				outcome: 'lost'
			},
			{
				habit: 'leads with the promotion, recites specs, hands the price back to the customer',
				choices: [1, 1, 3, 3, 2, 6, 1],
				outcome: 'lost'
			},
			{
				habit: 'discounts at the first objection and wins back only part of the trust',
				choices: [2, 1, 2, 2, 4, 2, 1, 3, 2, 2, 5, 1],
				outcome: 'neutral'
			}
		]
	},
	'cheaper-elsewhere': {
		// align the comparison, ask about installation and the home, compare on her needs, written after-sales
		// promises, free survey
		golden: [2, 2, 2, 3, 2, 4, 2, 2, 2],
		weak: [
			{ habit: 'matches the online price and sells with no margin', choices: [3, 1], outcome: 'neutral' },
			{ habit: 'calls the online shop unreliable and keeps arguing', choices: [1, 2], outcome: 'lost' },
			{
				habit: "shows other customers' addresses and purchases as proof of after-sales service",
				choices: [2, 2, 2, 3, 2, 4, 2, 1, 3],
				outcome: 'neutral'
			}
		]
	},
	'come-back-later': {
		// ask about the cabinet measuring, the dishes, the price worry; sum up; deposit and a demo for the husband
		golden: [2, 2, 1, 2, 2, 3, 2, 5, 3],
		weak: [
			{ habit: "pushes today's offer and repeats it", choices: [3, 1], outcome: 'lost' },
			{ habit: 'hands over a card and lets her go', choices: [1, 1], outcome: 'neutral' },
			{ habit: 'persuades instead of asking, then leaves', choices: [2, 1, 4, 2], outcome: 'neutral' }
		]
	},
	'bad-experience': {
		// invite the story, apologise, ask what he fears and what broke the second time, show concrete guarantees, go to the installation
		golden: [2, 3, 1, 2, 3, 1, 5, 3, 2],
		weak: [
			{ habit: 'defends the brand and blames how he used it', choices: [3, 2], outcome: 'lost' },
			{ habit: 'apologises, then promises instead of proving', choices: [2, 3, 2, 1], outcome: 'neutral' },
			{
				habit: 'asks again what he already said, defends the question, then offers a gift',
				choices: [2, 3, 4, 1, 1, 2, 5, 3, 3],
				outcome: 'neutral'
			}
		]
	},
	'think-it-over': {
		// ask what to consider, budget, other worries, the family; recap with a trial close; choice close
		golden: [1, 3, 2, 3, 2, 4, 2, 5, 2, 3],
		weak: [
			{
				habit: 'tells her there is nothing to think about, then pushes the deadline',
				choices: [2, 2],
				outcome: 'lost'
			},
			{ habit: 'discounts before knowing the worry, then discounts again', choices: [1, 2, 1], outcome: 'lost' },
			{ habit: 'asks about the budget only, then lets her go', choices: [1, 3, 2, 6], outcome: 'neutral' }
		]
	},
	'energy-saving-needs': {
		// open question on his production; shifts, the bill (a choice question), compressors with follow-ups; closed-question recap; free metering; book it
		golden: [2, 1, 2, 2, 1, 3, 1, 5, 2, 3, 2],
		weak: [
			{ habit: 'opens with the brochure and keeps reading it', choices: [1, 2], outcome: 'lost' },
			{ habit: 'quotes before asking, then leaves with nothing learnt', choices: [2, 4, 2, 6], outcome: 'neutral' }
		]
	},
	'bank-key-account': {
		// ask need, money, authority; make the finance manager the guide; he takes you to the CFO; pilot
		golden: [3, 3, 2, 1, 1, 2, 2, 5, 3, 2],
		weak: [
			{
				habit: "pitches the system, begs for deposits, goes over the finance manager's head, pleads with the CFO",
				choices: [3, 3, 1, 1, 3, 2, 1, 5, 1, 3],
				outcome: 'lost'
			},
			{ habit: 'reads out the product list and competes on rates', choices: [1, 1], outcome: 'lost' }
		]
	},
	'qualify-with-man': {
		// ask headcount and date before quoting; open question on the need, echo it; how the company decides and what
		// the boss weighs; budget and approval; recap need, money and authority; book a site visit the boss can join
		golden: [2, 2, 1, 4, 2, 5, 3, 8, 3],
		weak: [
			{
				habit: 'answers a price question with an advert and keeps pitching after she says she has a meeting',
				choices: [3, 4],
				outcome: 'lost'
			},
			{
				habit: 'quotes at once and sends the price list without asking a thing',
				choices: [1, 2, 1],
				outcome: 'neutral'
			},
			{
				habit: "reassures on budget with another customer's name and phone, then leaves the next step to her",
				choices: [2, 5, 2, 7, 2, 1, 4, 2, 8, 2],
				outcome: 'neutral'
			}
		]
	},
	'telecom-retention': {
		// own the failure; ask about the loss, the hotline, the rival; remedy plan; hold the price; write it in the contract
		golden: [2, 1, 2, 3, 3, 5, 3, 4, 1, 3],
		weak: [
			{ habit: 'blames the roadworks and then the contract', choices: [4, 3], outcome: 'lost' },
			{ habit: 'answers the outage with a price cut, then a deeper one', choices: [3, 2], outcome: 'lost' },
			{
				habit: 'promises the line will never fail again and stands by it',
				choices: [2, 5, 1, 2, 1, 2, 4, 1, 1],
				outcome: 'neutral'
			}
		]
	}
};

// Compiling explores every reachable state: do it once per file, up front, with room for a busy machine.
const outputs = new Map<string, ReturnType<typeof compileRoleplay>>();

beforeAll(() => {
	for (const id of Object.keys(BUNDLED)) {
		outputs.set(id, compileRoleplay(`content/roleplays/${id}.md`, readFileSync(new URL(`${id}.md`, DIR), 'utf8')));
	}
}, 60_000);

function load(id: string) {
	const output = outputs.get(id);
	if (!output) throw new Error(`${id} was not compiled`);
	return output;
}

function compiled(id: string): Roleplay {
	const { roleplay } = load(id);
	if (!roleplay) throw new Error(`${id} did not compile`);
	return roleplay;
}

function played(rp: Roleplay, choices: number[]) {
	const outcome = replay(rp, choices);
	if (!outcome.ok) throw new Error(`${rp.id}: ${outcome.reason} (step ${outcome.step}, choice #${outcome.index + 1})`);
	return outcome.result;
}

const uses = (rp: Roleplay) => {
	const steps = Object.values(rp.steps);
	return {
		trustMeter: rp.meter === 'trust',
		guardedLine: steps.some((s) => s.lines.some((l) => l.guards.length > 0)),
		guardedChoice: steps.some((s) => s.choices.some((c) => c.guards.length > 0))
	};
};

describe('bundled role-plays', () => {
	it('ships every bundled id as content/roleplays/<id>.md', () => {
		const files = readdirSync(DIR).filter((f) => f.endsWith('.md'));
		expect(files).toEqual(expect.arrayContaining(Object.keys(BUNDLED).map((id) => `${id}.md`)));
	});

	it('at least five keep a trust meter, guarded customer lines and a hub of questions', () => {
		const rich = Object.entries(BUNDLED).filter(([id, { golden }]) => {
			const rp = compiled(id);
			const hub = played(rp, golden).path.some((step, i, path) => path.indexOf(step) !== i);
			return Object.values(uses(rp)).every(Boolean) && hub;
		});
		expect(rich.length).toBeGreaterThanOrEqual(5);
	});

	describe.each(Object.entries(BUNDLED))('%s', (id, { golden, weak }) => {
		it('compiles with no errors and no warnings', () => {
			const { roleplay, diagnostics } = load(id);
			expect(diagnostics).toEqual([]);
			expect(roleplay?.id).toBe(id);
			expect(roleplay?.lang).toBe('zh');
		});

		it('has a persona, 6+ steps, 2-4 skills from the shared vocabulary and won, lost and one more ending', () => {
			const rp = compiled(id);
			expect(rp.persona.length).toBeGreaterThan(20);
			expect(rp.stepOrder.length).toBeGreaterThanOrEqual(6);
			const skills = Object.entries(rp.skills);
			expect(skills.length).toBeGreaterThanOrEqual(2);
			expect(skills.length).toBeLessThanOrEqual(4);
			for (const [key, label] of skills) expect(VOCABULARY[key]).toBe(label);
			const outcomes = rp.analysis.endings.map((e) => e.outcome);
			expect(outcomes.length).toBeGreaterThanOrEqual(3);
			expect(outcomes).toContain('won');
			expect(outcomes).toContain('lost');
			expect(rp.level).toBeGreaterThanOrEqual(1);
			expect(rp.tags.length).toBeGreaterThan(0);
		});

		it('a learner who presses 1 at every step, in the order the player shows, fails almost every attempt', () => {
			const rp = compiled(id);
			const attempts = Array.from({ length: 400 }, (_, n) => `attempt-${n}`);
			const passedBy = attempts.filter((attemptId) => {
				let state = initialState(rp);
				while (!rp.steps[state.step].end) {
					const [first] = displayOrder(rp, attemptId, state.step, offeredChoices(rp, state));
					const next = choose(rp, state, first.position);
					if ('error' in next) throw new Error(next.error);
					state = next;
				}
				return resultOf(rp, state).passed;
			});
			// Pressing 1 is a random walk once answers are shuffled: about 1 attempt in 100 gets lucky.
			expect(passedBy.length / attempts.length).toBeLessThan(0.03);
		});

		it('coaches every choice', () => {
			const rp = compiled(id);
			const silent = Object.values(rp.steps).flatMap((s) =>
				s.choices.filter((c) => !c.feedbackHtml?.trim()).map((c) => `${s.id}#${c.position}`)
			);
			expect(silent).toEqual([]);
		});

		it('the golden path wins with full marks, in every skill', () => {
			const rp = compiled(id);
			const result = played(rp, golden);
			expect(result.outcome).toBe('won');
			expect(result.percent).toBe(100);
			expect(result.total).toBe(rp.analysis.best);
			expect(result.passed).toBe(true);
			for (const [key, skill] of Object.entries(result.skills)) {
				expect(skill.percent, `${key} on the golden path`).toBe(100);
			}
		});

		it.each(weak)('does not pass a learner who $habit', ({ choices, outcome }) => {
			const rp = compiled(id);
			const result = played(rp, choices);
			expect(result.outcome).toBe(outcome);
			expect(result.passed).toBe(false);
			expect(result.percent).toBeLessThan(rp.pass);
		});
	});
});
