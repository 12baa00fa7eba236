import { describe, expect, it } from 'vitest';
import { spreadLabels } from './spread-labels';

describe('spreadLabels', () => {
	it('leaves labels that do not collide where they are', () => {
		expect(spreadLabels([10, 50, 30], 14, 0, 200)).toEqual([10, 50, 30]);
	});

	it('pushes labels at the same height apart, in series order', () => {
		expect(spreadLabels([100, 100, 100], 14, 0, 200)).toEqual([100, 114, 128]);
	});

	it('keeps them inside the chart, sliding up from the bottom', () => {
		const placed = spreadLabels([195, 195, 195], 14, 0, 200);
		expect(placed).toEqual([172, 186, 200]);
	});

	it('never leaves two labels closer than the gap', () => {
		const wanted = [16, 16, 20, 264, 264, 100, 101, 102];
		const placed = [...spreadLabels(wanted, 14, 16, 264)].sort((a, b) => a - b);
		for (let k = 1; k < placed.length; k++) expect(placed[k] - placed[k - 1]).toBeGreaterThanOrEqual(14);
	});
});
