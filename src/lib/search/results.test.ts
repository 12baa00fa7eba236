import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from './build';
import { openSearchIndex } from './query';
import { parseSearchType, searchView } from './results';
import type { SearchDocument } from './types';

const doc = (
	url: string,
	type: SearchDocument['type'],
	page: string,
	text: string,
	heading: string | null = null
): SearchDocument => ({
	url,
	type,
	page,
	heading,
	summary: '',
	keywords: '',
	text
});

const engine = openSearchIndex(
	buildSearchIndex([
		doc('/courses/c/price', 'module', '价格异议', '客户说价格太高时，先认同再澄清。'),
		doc('/courses/c/price#compare', 'module', '价格异议', '和竞品比较价格时只谈事实。', '冷静对比'),
		doc('/courses/c/price#practice', 'module', '价格异议', '练习：把价格拆成每天的成本。', '练习'),
		doc('/cases/showroom', 'case', '从对手展台赢回来的订单', '顾客嫌价格高，导购先讲性能。'),
		doc('/roleplays/price-too-high', 'roleplay', '价格太高，我买不起', '夫妇嫌套餐贵。'),
		doc('/cases/procurement', 'case', 'Negotiating with procurement', 'The buyer asked for a discount.')
	])
);

describe('searchView', () => {
	it('counts matching pages of every type, whatever the filter', () => {
		const all = searchView(engine, '价格', null, 10);
		expect(all.counts).toEqual({ module: 1, case: 1, roleplay: 1 });
		const cases = searchView(engine, '价格', 'case', 10);
		expect(cases.counts).toEqual(all.counts);
		expect(cases.results.map((r) => r.url)).toEqual(['/cases/showroom']);
	});

	it('shows a page once, with its other matching sections beside the best one', () => {
		const [module] = searchView(engine, '价格', 'module', 10).results;
		expect(module.others.map((o) => o.heading).sort()).toEqual(['冷静对比', '练习'].sort());
	});

	it('marks the query words in titles and snippets', () => {
		const [first] = searchView(engine, '价格太高', null, 10).results;
		const marked = first.title
			.filter((p) => p.mark)
			.map((p) => p.text)
			.join(' ');
		expect(marked).toMatch(/价格.*太高|价格太高/);
		expect(
			first.title
				.filter((p) => !p.mark)
				.map((p) => p.text)
				.join('')
		).not.toMatch(/价格|太高/);
		const module = searchView(engine, '价格太高', 'module', 10).results[0];
		expect(module.snippet.filter((p) => p.mark).map((p) => p.text)).toContain('价格太高');
	});

	it('suggests the closest titles when nothing matches', () => {
		const view = searchView(engine, 'neggotiation', null, 10);
		expect(view.results).toEqual([]);
		expect(view.suggestions.map((s) => s.url)).toEqual(['/cases/procurement']);
	});

	it('treats an empty query as no search, and ignores an unknown type', () => {
		expect(searchView(engine, '   ', null, 10).results).toEqual([]);
		expect(parseSearchType('module')).toBe('module');
		expect(parseSearchType('<script>')).toBeNull();
	});
});
