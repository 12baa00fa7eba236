import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compiled, file } from './fixtures/build.js';
import { GOLDEN_PATH, GOLDEN_RESULT } from './fixtures/price-objection.js';
import {
	bestChoiceAt,
	choose,
	initialState,
	offeredChoices,
	percentOf,
	replay,
	resultOf,
	visibleLines
} from './runtime.js';
import type { PlayState } from './types.js';

const rp = compiled(
	readFileSync(new URL('./fixtures/price-objection.md', import.meta.url), 'utf8'),
	'content/roleplays/price-objection.md'
);

const play = (positions: number[]) => {
	const outcome = replay(rp, positions);
	if (!outcome.ok) throw new Error(outcome.reason);
	return outcome.result;
};

const after = (positions: number[]): PlayState =>
	positions.reduce<PlayState>((state, p) => {
		const next = choose(rp, state, p);
		if ('error' in next) throw new Error(next.error);
		return next;
	}, initialState(rp));

describe('playing and scoring (the JSON of `peilian play`)', () => {
	it('the golden path through the hub and past a guard scores 100% and passes', () => {
		expect(play(GOLDEN_PATH)).toEqual(GOLDEN_RESULT);
	});

	it('`trust = 0` sets the var, adds keep counting from there, and a revisited step appears twice in the path', () => {
		const result = play([1, 4, 2, 1, 1, 3, 1]);
		expect(result).toMatchObject({ total: 8, percent: 89, passed: true, vars: { trust: 2 } });
		expect(result.path).toEqual(['start', 'demo', 'discount', 'demo', 'habits', 'demo', 'close', 'won']);
	});

	it('negative totals give 0%, keep the negative scores, and fail', () => {
		expect(play([2, 1])).toEqual({
			id: 'price-objection',
			outcome: 'lost',
			ending: 'lost',
			total: -4,
			best: 9,
			percent: 0,
			passed: false,
			skills: {
				value: { score: -2, best: 5, percent: 0 },
				empathy: { score: 0, best: 1, percent: 0 },
				closing: { score: -2, best: 4, percent: 0 }
			},
			vars: { trust: 0 },
			path: ['start', 'discount', 'lost']
		});
	});

	it('a neutral ending passes when the score is high enough (7 of 9 is 78%); one question less it does not (6 of 9 is 67%)', () => {
		expect(play([1, 1, 1, 2, 3, 2])).toMatchObject({
			outcome: 'neutral',
			ending: 'later',
			total: 7,
			percent: 78,
			passed: true
		});
		expect(play([1, 1, 1, 3, 2])).toMatchObject({ outcome: 'neutral', total: 6, percent: 67, passed: false });
	});

	it('percent rounds half up: 3 of 8 is 37.5%, shown as 38', () => {
		expect(percentOf(3, 8)).toBe(38);
		expect(percentOf(1, 3)).toBe(33);
		expect(percentOf(2, 3)).toBe(67);
		expect(percentOf(-5, 3)).toBe(0);
	});

	it('a lost ending never passes, even at 100%; a skill whose best is 0 has no percent', () => {
		const lostBest = compiled(
			file(
				`## 开场 {#start}\n\n- 让价 [→](#lost) \`value +2\` \`if trust >= 0\`\n- 讲价值 [→](#won) \`value +1\`\n\n## 成交 {#won}\n\n\`end won\`\n\n## 走了 {#lost}\n\n\`end lost\`\n`
			)
		);
		const outcome = replay(lostBest, [1]);
		expect(outcome.ok && outcome.result).toMatchObject({ outcome: 'lost', percent: 100, passed: false });
		const front = `---\ntitle: T\nsummary: S\npersona: P\nskills:\n  value: 价值呈现\n  empathy: 共情\n---\n`;
		const noBest = compiled(
			file(
				`## 开场 {#start}\n\n- 讲价值 [→](#won) \`value +2\`\n- 打断 [→](#won) \`value +1\` \`empathy -1\`\n\n## 成交 {#won}\n\n\`end won\`\n`,
				front
			)
		);
		const r = replay(noBest, [2]);
		expect(r.ok && r.result.skills.empathy).toEqual({ score: -1, best: 0, percent: null });
	});
});

describe('replay refuses what a learner could not have done, naming the step and the position', () => {
	it('a choice whose guard is false', () => {
		expect(replay(rp, [1, 3])).toEqual({
			ok: false,
			reason: 'choice 3 at step `demo` is not offered: `if trust >= 2` is false (trust is 1)',
			step: 'demo',
			index: 1,
			position: 3
		});
	});

	it('a choice taken before, and a position out of range', () => {
		expect(replay(rp, [1, 2, 2])).toMatchObject({
			ok: false,
			reason: 'choice 2 at step `demo` was taken before',
			step: 'demo',
			index: 2,
			position: 2
		});
		expect(replay(rp, [1, 9])).toMatchObject({
			ok: false,
			reason: 'step `demo` has no choice 9 (it has 5)',
			step: 'demo',
			index: 1,
			position: 9
		});
	});

	it('choices that stop short of an ending, or go on after it', () => {
		expect(replay(rp, [1])).toMatchObject({ ok: false, step: 'demo', index: 1, position: 0 });
		expect(replay(rp, [2, 1, 1])).toMatchObject({
			ok: false,
			reason: 'step `lost` is an ending: the dialogue is over',
			step: 'lost',
			index: 2
		});
	});
});

describe('runtime', () => {
	it('offers choices whose guards hold and that were not taken, in file order, keeping file positions', () => {
		expect(offeredChoices(rp, after([1])).map((c) => c.position)).toEqual([1, 2, 4, 5]);
		expect(offeredChoices(rp, after([1, 1, 1, 2])).map((c) => c.position)).toEqual([3, 4, 5]);
		expect(offeredChoices(rp, after([2, 1]))).toEqual([]);
	});

	it('shows a guarded line only while its guard holds', () => {
		expect(visibleLines(rp, after([1])).map((l) => l.html)).not.toContain('丈夫点点头:这个火力确实比刚才那家猛。');
		expect(visibleLines(rp, after([1, 1, 1])).map((l) => l.html)).toContain('丈夫点点头:这个火力确实比刚才那家猛。');
	});

	it('records every choice taken with its words, effects and feedback', () => {
		const state = after([1]);
		expect(state.history).toEqual([
			{
				step: 'start',
				position: 1,
				text: '东西不一样,价格自然不一样。先不谈价格,我演示一下这三件的功能,看完再比。',
				effects: [
					{ key: 'value', kind: 'skill', op: 'add', value: 2 },
					{ key: 'trust', kind: 'var', op: 'add', value: 1 }
				],
				feedbackHtml: '<p>把焦点从价格移到价值,顾客愿意继续听。</p>'
			}
		]);
		expect(state.taken).toEqual(['start#1']);
	});

	it('resultOf refuses a state that is not an ending', () => {
		expect(() => resultOf(rp, initialState(rp))).toThrow(/not an ending/);
	});

	it('bestChoiceAt gives the debrief the best move from anywhere, counting what was already scored', () => {
		expect(bestChoiceAt(rp, initialState(rp))).toMatchObject({ choice: { position: 1 }, total: 9 });
		// after the early discount (-3 so far), the best is to go back to the demo and rebuild trust: -3 + 8
		expect(bestChoiceAt(rp, after([2]))).toMatchObject({ choice: { position: 2 }, total: 5 });
		// in the hub with choice 1 already taken, the best is to keep showing value, then close
		expect(bestChoiceAt(rp, after([1, 1, 1]))).toMatchObject({ choice: { position: 2 }, total: 9 });
		expect(bestChoiceAt(rp, after([2, 1]))).toBeNull();
	});
});
