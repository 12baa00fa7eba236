import { describe, expect, it } from 'vitest';
import { caseFacets, filterCases, parseCaseFilters } from './case-filter';

const cases = [
	{ slug: 'a', industry: '银行', skills: ['客户甄别', '促成'], level: 2 as const },
	{ slug: 'b', industry: '银行', skills: ['大客户经营'], level: 3 as const },
	{ slug: 'c', industry: '电信', skills: ['大客户经营', '客户维护'], level: 3 as const },
	{ slug: 'd', industry: '家电零售', skills: ['建立信任'], level: 1 as const }
];

describe('case filters', () => {
	it('are read from the query string, dropping values that cannot match', () => {
		expect(parseCaseFilters(new URLSearchParams('industry=银行&skill=大客户经营&level=3'))).toEqual({ industry: '银行', skill: '大客户经营', level: 3 });
		expect(parseCaseFilters(new URLSearchParams('industry=&skill=唱歌&level=7'))).toEqual({});
	});

	it('combine: industry, skill and level must all hold', () => {
		expect(filterCases(cases, { industry: '银行', skill: '大客户经营' }).map((c) => c.slug)).toEqual(['b']);
		expect(filterCases(cases, { level: 3 }).map((c) => c.slug)).toEqual(['b', 'c']);
		expect(filterCases(cases, {}).length).toBe(4);
	});

	it('count each value (in pinyin order) among the cases the other filters leave, hiding values with none', () => {
		const facets = caseFacets(cases, { industry: '银行' });
		expect(facets.total).toEqual({ industry: 4, skill: 2, level: 2 });
		expect(facets.industries).toEqual([
			{ value: '电信', count: 1 },
			{ value: '家电零售', count: 1 },
			{ value: '银行', count: 2 }
		]);
		expect(facets.skills).toEqual([
			{ value: '客户甄别', count: 1 },
			{ value: '促成', count: 1 },
			{ value: '大客户经营', count: 1 }
		]);
		expect(facets.levels).toEqual([
			{ value: 2, count: 1 },
			{ value: 3, count: 1 }
		]);
	});

	it('keep a selected value in the list even when nothing matches it', () => {
		const facets = caseFacets(cases, { industry: '电信', level: 1 });
		expect(facets.levels.find((l) => l.value === 1)).toEqual({ value: 1, count: 0 });
	});
});
