import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_STATES } from './explore.js';
import { compile, compiled, file, problems } from './fixtures/build.js';

// FRONT takes lines 1-10: the first step heading is line 11.
describe('analysis errors', () => {
	it('a step that no path reaches is an error at its heading', () => {
		const found = problems(
			file(
				`## 开场 {#start}\n\n- 看 [→](#won) \`value +1\` \`if trust >= 0\`\n\n## 孤岛 {#island}\n\n- 看 [→](#won)\n\n## 成交 {#won}\n\n\`end won\`\n`
			)
		);
		expect(found).toContain(
			'15:1 error step `island` is never reached: no path from the first step leads here; link to it with `[→](#island)` or remove it'
		);
	});

	it('a reachable state where nothing is offered is an error whose message gives one path there', () => {
		const found = problems(
			file(`## 开场 {#start}

- 问需求 [→](#hub) \`trust +1\`
- 直接报价 [→](#hub)

## 提问 {#hub}

- 问预算 [→](#hub) \`value +1\`
- \`if trust >= 1\` 约下次 [→](#won) \`value +1\`

## 成交 {#won}

\`end won\`
`)
		);
		expect(found).toContain(
			'16:1 error a learner can be stuck at step `hub`: no choice is offered there (guards false or choices already taken), e.g. after --choices 2,1: start → hub → hub'
		);
	});

	it('no ending reachable is an error at the first step', () => {
		const found = problems(
			file(`## 开场 {#start}\n\n- 看 [→](#start) \`value +1\` \`if trust >= 0\`\n\n## 成交 {#won}\n\n\`end won\`\n`)
		);
		expect(found).toContain(
			'11:1 error no ending can be reached: give some path a step with `end won`, `end lost` or `end neutral`'
		);
	});

	it('best <= 0 is an error at the first step', () => {
		const found = problems(
			file(`## 开场 {#start}\n\n- 看 [→](#won) \`value -1\` \`if trust >= 0\`\n\n## 成交 {#won}\n\n\`end won\`\n`)
		);
		expect(found).toContain(
			'11:1 error the best path scores -1: at least one complete path must score above 0 (add `KEY +N` to good choices)'
		);
	});

	it(`more than ${MAX_STATES} reachable states is an error, not a hang`, () => {
		// 18 questions in one hub, each takeable once in any order: 2^18 = 262,144 sets of questions taken.
		const questions = Array.from({ length: 18 }, (_, i) => `- 问题${i} [→](#hub) \`value +1\``).join('\n');
		const started = performance.now();
		const found = problems(
			file(`## 提问 {#hub}\n\n${questions}\n- 成交 [→](#won) \`if trust >= 0\`\n\n## 成交 {#won}\n\n\`end won\`\n`)
		);
		expect(found).toContain(
			`11:1 error more than ${MAX_STATES} reachable states (step, vars and choices taken): the checker stops there; make hubs smaller or give vars fewer values`
		);
		// Generous: the point is that it stops, even on a busy build machine.
		expect(performance.now() - started).toBeLessThan(60_000);
	}, 90_000);
});

describe('analysis results', () => {
	const rp = compiled(readFileSync(new URL('./fixtures/price-objection.md', import.meta.url), 'utf8'));

	it('finds the best total over complete paths and each skill best on its own', () => {
		expect(rp.analysis.best).toBe(9);
		expect(rp.analysis.skillBest).toEqual({ value: 5, empathy: 1, closing: 4 });
	});

	it('gives the meter range any path can reach, and lists the reachable endings', () => {
		expect(rp.analysis.meterRange).toEqual({ min: 0, max: 3 });
		expect(rp.analysis.endings).toEqual([
			{ id: 'won', outcome: 'won' },
			{ id: 'lost', outcome: 'lost' },
			{ id: 'later', outcome: 'neutral' }
		]);
		expect(rp.analysis.stateCount).toBeGreaterThan(rp.stepOrder.length);
	});

	it('a hub can be revisited, but each choice only once, so loops end', () => {
		const hub = compiled(
			file(`## 提问 {#hub}

- 问预算 [→](#hub) \`value +2\`
- 问时间 [→](#hub) \`value +1\`
- 成交 [→](#won) \`value +1\` \`if trust >= 0\`

## 成交 {#won}

\`end won\`
`)
		);
		expect(hub.analysis.best).toBe(4);
	});

	it('the version is the sha256 of the source', () => {
		const source = file(
			`## 开场 {#start}\n\n- 看 [→](#won) \`value +1\` \`if trust >= 0\`\n\n## 成交 {#won}\n\n\`end won\`\n`
		);
		expect(compile(source).roleplay?.version).toMatch(/^[0-9a-f]{64}$/);
		expect(compile(`${source}\n`).roleplay?.version).not.toBe(compile(source).roleplay?.version);
		expect(compile('').roleplay).toBeNull();
	});
});
