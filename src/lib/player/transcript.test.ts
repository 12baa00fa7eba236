import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileRoleplay, displayOrder, offeredChoices, replay, walk } from '$lib/roleplay';
import { review } from './transcript';

const path = 'content/roleplays/price-too-high.md';
const { roleplay } = compileRoleplay(path, readFileSync(path, 'utf8'));
const rp = roleplay!;
const golden = [2, 2, 3, 3, 1, 3, 2, 2, 5, 2];

describe('the conversation rebuilt from positions', () => {
	it('shows at each step only the lines whose guards held when the learner got there', () => {
		const warm = walk(rp, [2]);
		const cold = walk(rp, [1]);
		if (!warm.ok || !cold.ok) throw new Error('both openings are playable');
		expect(warm.lines.map((l) => l.html).join()).toContain('妻子接过水杯');
		expect(cold.lines.map((l) => l.html).join()).toContain('丈夫站在门口没往里走');
		expect(cold.lines.map((l) => l.html).join()).not.toContain('妻子接过水杯');
	});

	it('keeps one turn per answer, with what the learner said, and ends where replay ends', () => {
		const walked = walk(rp, golden);
		const replayed = replay(rp, golden);
		if (!walked.ok || !replayed.ok) throw new Error('the golden path is playable');
		expect(walked.turns).toHaveLength(golden.length);
		expect(walked.turns.map((t) => t.taken.position)).toEqual(golden);
		expect(walked.state.step).toBe(replayed.result.ending);
		expect(walked.turns[0].lines[0].kind).toBe('narration');
	});

	it('refuses positions that are not offered, naming which one', () => {
		const walked = walk(rp, [1, 9]);
		expect(walked.ok).toBe(false);
		if (!walked.ok) expect(walked.index).toBe(1);
	});
});

describe('the debrief review', () => {
	it('marks every answer of the golden path as the best', () => {
		const walked = walk(rp, golden);
		if (!walked.ok) throw new Error('playable');
		expect(review(rp, walked.turns, 'attempt-1').every((t) => t.wasBest)).toBe(true);
	});

	it('shows the better answer where the learner went wrong', () => {
		const walked = walk(rp, [3, 2, 3, 3]);
		if (!walked.ok) throw new Error('playable');
		const [first] = review(rp, walked.turns, 'attempt-1');
		expect(first.wasBest).toBe(false);
		expect(first.best?.position).toBe(2);
		expect(first.best?.feedbackHtml).toBeTruthy();
	});

	it('lists the answers each turn offered in the order that attempt showed them, the same on every review', () => {
		const walked = walk(rp, golden);
		if (!walked.ok) throw new Error('playable');
		const once = review(rp, walked.turns, 'attempt-1');
		once.forEach((turn, i) => {
			const offered = offeredChoices(rp, walked.turns[i].before);
			expect(turn.shown).toEqual(displayOrder(rp, 'attempt-1', turn.step.id, offered));
			expect(turn.shown.map((c) => c.position).sort()).toEqual(offered.map((c) => c.position).sort());
		});
		expect(review(rp, walked.turns, 'attempt-1').map((t) => t.shown)).toEqual(once.map((t) => t.shown));
	});
});
