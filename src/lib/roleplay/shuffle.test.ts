import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compiled, file } from './fixtures/build.js';
import { displayOrder } from './shuffle.js';
import type { Roleplay } from './types.js';

/** One step with `n` answers; the first in the file is the best. */
function roleplayWith(n: number, front = ''): Roleplay {
	const choices = Array.from({ length: n }, (_, i) => `- 回答${i + 1} [→](#won) \`value ${i === 0 ? '+2' : '-1'}\``);
	const source = file(`## 开场 {#start}\n\n${choices.join('\n')}\n\n## 成交 {#won}\n\n\`end won\`\n`).replace(
		'---\n\n',
		`${front}---\n\n`
	);
	return compiled(source.replace('vars:\n  trust: 0\n', ''));
}

const SIX = roleplayWith(6);
const all = (rp: Roleplay) => rp.steps.start.choices;
const positions = (rp: Roleplay, attempt: string) => displayOrder(rp, attempt, 'start', all(rp)).map((c) => c.position);

describe('the order an attempt shows a step’s answers in', () => {
	it('is a permutation of the offered answers', () => {
		fc.assert(
			fc.property(fc.string(), fc.subarray([1, 2, 3, 4, 5, 6]), (attempt, offered) => {
				const shown = displayOrder(
					SIX,
					attempt,
					'start',
					all(SIX).filter((c) => offered.includes(c.position))
				);
				expect(shown.map((c) => c.position).sort()).toEqual([...offered].sort());
			})
		);
	});

	it('is the same for the same attempt and step, and keeps the relative order when fewer are offered', () => {
		fc.assert(
			fc.property(fc.uuid(), fc.subarray([1, 2, 3, 4, 5, 6]), (attempt, offered) => {
				const full = positions(SIX, attempt);
				expect(positions(SIX, attempt)).toEqual(full);
				const narrowed = displayOrder(
					SIX,
					attempt,
					'start',
					all(SIX).filter((c) => offered.includes(c.position))
				);
				expect(narrowed.map((c) => c.position)).toEqual(full.filter((p) => offered.includes(p)));
			})
		);
	});

	it('differs between attempts for most attempt ids', () => {
		let same = 0;
		for (let i = 0; i < 500; i++) if (positions(SIX, `a-${i}`).join() === positions(SIX, `b-${i}`).join()) same++;
		// 720 orders: two attempts agree about 1 time in 720
		expect(same).toBeLessThan(10);
	});

	it('puts the best answer at every place about as often, over 1000 attempts', () => {
		const FOUR = roleplayWith(4);
		const counts = [0, 0, 0, 0];
		for (let i = 0; i < 1000; i++) counts[positions(FOUR, crypto.randomUUID()).indexOf(1)]++;
		// 250 expected at each place; 180..320 is more than 4 standard deviations either side
		for (const count of counts) {
			expect(count).toBeGreaterThan(180);
			expect(count).toBeLessThan(320);
		}
	});

	it('is the file order with shuffle: false', () => {
		const kept = roleplayWith(6, 'shuffle: false\n');
		fc.assert(
			fc.property(fc.string(), (attempt) => {
				expect(positions(kept, attempt)).toEqual([1, 2, 3, 4, 5, 6]);
			})
		);
	});
});
