import { describe, expect, it } from 'vitest';
import { applyFilter, facets, parseFilter, type CatalogEntry } from './catalog';

const entry = (id: string, tags: string[], skills: string[], level?: 1 | 2 | 3): CatalogEntry => ({
	id,
	title: id,
	summary: '',
	tags,
	skills,
	level,
	steps: 6,
	minutes: 3
});
const entries = [
	entry('price-too-high', ['价格异议', '家电零售'], ['共情', '价值呈现'], 1),
	entry('bank-key-account', ['大客户'], ['客户甄别', '提问'], 3),
	entry('no-level', ['价格异议'], ['提问'])
];

describe('catalog filters from the query string', () => {
	it('combines tag, skill and level', () => {
		const filter = parseFilter(new URLSearchParams('tag=价格异议&skill=共情&level=1'));
		expect(applyFilter(entries, filter).map((e) => e.id)).toEqual(['price-too-high']);
	});

	it('ignores empty and unknown values rather than showing nothing', () => {
		const filter = parseFilter(new URLSearchParams('tag=&level=7'));
		expect(filter).toEqual({ tag: null, skill: null, level: null });
		expect(applyFilter(entries, filter)).toHaveLength(3);
	});

	it('offers only values some role-play has, and as topics only tags several role-plays share', () => {
		const offered = facets(entries);
		expect(offered.tags).toEqual(['价格异议']);
		expect(offered.levels).toEqual([1, 3]);
	});

	it('keeps a chosen topic on offer even when one role-play has it', () => {
		expect(facets(entries, '大客户').tags).toEqual(expect.arrayContaining(['价格异议', '大客户']));
	});
});
