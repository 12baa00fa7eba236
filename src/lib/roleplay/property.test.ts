import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasErrors } from '../diagnostics.js';
import { compileRoleplay } from './compile.js';
import { choose, initialState, offeredChoices, resultOf } from './runtime.js';
import type { PlayState, Roleplay } from './types.js';

const OPS = ['>=', '<=', '>', '<', '==', '!='] as const;

const choiceArb = (steps: number) =>
	fc.record({
		target: fc.nat({ max: steps - 1 }),
		a: fc.integer({ min: -2, max: 3 }),
		b: fc.integer({ min: -2, max: 3 }),
		guard: fc.option(fc.record({ op: fc.constantFrom(...OPS), value: fc.integer({ min: -1, max: 2 }) })),
		effect: fc.option(
			fc.oneof(
				fc.record({ op: fc.constant('+'), value: fc.integer({ min: -1, max: 1 }) }),
				fc.record({ op: fc.constant('='), value: fc.integer({ min: -1, max: 2 }) })
			)
		)
	});

/** Small random role-plays: a few steps with 1-3 choices each (loops and hubs included), then 1-3 endings. */
const roleplayArb = fc
	.record({
		inner: fc.integer({ min: 1, max: 5 }),
		endings: fc.array(fc.constantFrom('won', 'lost', 'neutral'), { minLength: 1, maxLength: 3 })
	})
	.chain(({ inner, endings }) =>
		fc.record({
			endings: fc.constant(endings),
			steps: fc.array(fc.array(choiceArb(inner + endings.length), { minLength: 1, maxLength: 3 }), {
				minLength: inner,
				maxLength: inner
			})
		})
	)
	.map(({ steps, endings }) => {
		const body = steps.map((random, i) => {
			// The first choice walks on to the next step and the last one leaves for an ending, so most files
			// are valid (every step reachable, nobody stuck) and the comparisons below run often.
			const choices = [
				{ ...random[0], target: i + 1, guard: null },
				...random.slice(1),
				{ ...random[0], target: steps.length + (i % endings.length), guard: null, effect: null }
			];
			const items = choices.map((c) => {
				const guard = c.guard ? ` \`if trust ${c.guard.op} ${c.guard.value}\`` : '';
				const effect = c.effect
					? c.effect.op === '='
						? ` \`trust = ${c.effect.value}\``
						: ` \`trust ${c.effect.value < 0 ? '-' : '+'}${Math.abs(c.effect.value)}\``
					: '';
				return `- 说法 [→](#s${c.target}) \`a ${c.a < 0 ? '-' : '+'}${Math.abs(c.a)}\` \`b ${c.b < 0 ? '-' : '+'}${Math.abs(c.b)}\`${guard}${effect}\n  > 反馈`;
			});
			return `## 步骤 ${i} {#s${i}}\n\n顾客说话。\n\n${items.join('\n')}\n`;
		});
		const ends = endings.map((outcome, j) => `## 结局 {#s${steps.length + j}}\n\n\`end ${outcome}\`\n`);
		return `---\ntitle: T\nsummary: S\npersona: P\nskills:\n  a: 甲\n  b: 乙\nvars:\n  trust: 0\nmeter: trust\n---\n\n${[...body, ...ends].join('\n')}`;
	});

/** Every complete path by plain recursion over the runtime, without the analyser's memo: the reference answer. */
function bruteForce(rp: Roleplay): {
	best: number;
	skills: Record<string, number>;
	endings: Set<string>;
	meter: [number, number];
} {
	const out = {
		best: -Infinity,
		skills: { a: -Infinity, b: -Infinity } as Record<string, number>,
		endings: new Set<string>(),
		meter: [Infinity, -Infinity] as [number, number]
	};
	const walk = (state: PlayState) => {
		out.meter = [Math.min(out.meter[0], state.vars.trust), Math.max(out.meter[1], state.vars.trust)];
		if (rp.steps[state.step].end) {
			const r = resultOf(rp, state);
			out.best = Math.max(out.best, r.total);
			for (const k of ['a', 'b']) out.skills[k] = Math.max(out.skills[k], r.skills[k].score);
			out.endings.add(state.step);
			return;
		}
		for (const c of offeredChoices(rp, state)) walk(choose(rp, state, c.position) as PlayState);
	};
	walk(initialState(rp));
	return out;
}

describe('random role-plays', () => {
	it('the compiler never throws: it returns a role-play exactly when it reports no errors', () => {
		fc.assert(
			fc.property(roleplayArb, (source) => {
				const { roleplay, diagnostics } = compileRoleplay('content/roleplays/random.md', source);
				expect(roleplay === null).toBe(hasErrors(diagnostics));
			}),
			{ numRuns: 100 }
		);
	}, 120_000);

	it('the compiler never throws on arbitrary or truncated text either', () => {
		const sample = readFileSync(new URL('./fixtures/price-objection.md', import.meta.url), 'utf8');
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.nat({ max: sample.length }).map((n) => sample.slice(0, n)),
					fc.string().map((s) => `---\n${s}\n---\n## a\n- ${s}`)
				),
				(source) => {
					const { roleplay, diagnostics } = compileRoleplay('content/roleplays/random.md', source);
					expect(roleplay === null).toBe(hasErrors(diagnostics));
				}
			),
			{ numRuns: 100 }
		);
	}, 120_000);

	it('every random playthrough scores at most best, and each skill at most its best', () => {
		fc.assert(
			fc.property(roleplayArb, fc.array(fc.nat(), { minLength: 60, maxLength: 60 }), (source, picks) => {
				const { roleplay: rp } = compileRoleplay('content/roleplays/random.md', source);
				if (!rp) return;
				let state = initialState(rp);
				for (const pick of picks) {
					const offered = offeredChoices(rp, state);
					if (offered.length === 0) break;
					state = choose(rp, state, offered[pick % offered.length].position) as PlayState;
				}
				// Each choice is taken once at most, so 60 picks always reach an ending in these small files.
				const result = resultOf(rp, state);
				expect(result.total).toBeLessThanOrEqual(result.best);
				expect(result.skills.a.score).toBeLessThanOrEqual(result.skills.a.best);
				expect(result.skills.b.score).toBeLessThanOrEqual(result.skills.b.best);
				expect(result.percent).toBeGreaterThanOrEqual(0);
				expect(result.percent).toBeLessThanOrEqual(100);
			}),
			{ numRuns: 100 }
		);
	}, 120_000);

	it('on small graphs, best, each skill best, the endings and the meter range equal a brute-force enumeration of all paths', () => {
		let checked = 0;
		fc.assert(
			fc.property(roleplayArb, (source) => {
				const { roleplay: rp } = compileRoleplay('content/roleplays/random.md', source);
				if (!rp) return;
				checked++;
				const truth = bruteForce(rp);
				expect(rp.analysis.best).toBe(truth.best);
				expect(rp.analysis.skillBest).toEqual(truth.skills);
				expect(new Set(rp.analysis.endings.map((e) => e.id))).toEqual(truth.endings);
				expect(rp.analysis.meterRange).toEqual({ min: truth.meter[0], max: truth.meter[1] });
			}),
			{ numRuns: 150 }
		);
		// The generator must produce enough valid files for the comparison to mean something.
		expect(checked).toBeGreaterThan(75);
	}, 120_000);
});
