import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from './build';
import { openSearchIndex, search } from './query';
import { closestTitles } from './suggest';
import { snippet } from './highlight';
import type { SearchDocument } from './types';

const doc = (url: string, page: string, text: string, heading: string | null = null): SearchDocument => ({
	url,
	type: url.startsWith('/cases') ? 'case' : 'module',
	page,
	heading,
	summary: '',
	keywords: '',
	text
});

const docs = [
	doc(
		'/courses/c/objections#price',
		'处理异议',
		'客户说价格太高的时候，先认同感受，再把价格拆成每天的成本。',
		'价格太高'
	),
	doc(
		'/courses/c/objections#cheaper',
		'处理异议',
		'客户说别的产品更便宜，不要贬低竞争对手，比较整体价值。',
		'别的更便宜'
	),
	doc(
		'/courses/c/man',
		'客户甄别',
		'用 MAN 法则判断客户：Money 购买力，Authority 决策权，Need 需求。找到真正的决策人。'
	),
	doc('/cases/telecom', '电信高价值客户', '客户经理一对一维护，高价值客户流失率从 30% 降到 2%。'),
	doc(
		'/cases/negotiation',
		'Negotiating with procurement',
		'The buyer compared competitors and pushed for a discount.'
	),
	doc('/courses/c/trust', '建立信任', '信任占四成精力：先让客户相信你，再谈需求。价格 价格 价格。')
];

// Through JSON, as the browser receives it: the pipeline must be registered for Index.load.
const engine = openSearchIndex(JSON.parse(JSON.stringify(buildSearchIndex(docs))));
const urls = (q: string) => search(engine, q).pages.map((p) => p.best.doc.url);

describe('search', () => {
	it('finds a Chinese phrase whether or not it is typed with a space', () => {
		expect(urls('价格太高')[0]).toBe('/courses/c/objections#price');
		expect(urls('价格 太高')[0]).toBe('/courses/c/objections#price');
	});

	it('ranks the passage with every query word above one repeating a single word', () => {
		expect(urls('价格 成本')[0]).toBe('/courses/c/objections#price');
	});

	it('answers a mixed Chinese and English query', () => {
		expect(urls('MAN 法则')[0]).toBe('/courses/c/man');
		expect(urls('决策人 authority')[0]).toBe('/courses/c/man');
	});

	it('finds English by stem and by the start of a word', () => {
		expect(urls('negotiation')[0]).toBe('/cases/negotiation');
		expect(urls('compet')[0]).toBe('/cases/negotiation');
	});

	it('finds Chinese text from an English synonym in the glossary', () => {
		expect(urls('churn')[0]).toBe('/cases/telecom');
	});

	it('finds a run the segmenter splits differently in the text, through bigrams', () => {
		expect(urls('流失率')[0]).toBe('/cases/telecom');
	});

	it('returns nothing for stop words alone', () => {
		expect(urls('怎么 的 the')).toEqual([]);
	});
});

describe('snippet', () => {
	it('marks the matches in a window around them', () => {
		const pieces = snippet('一'.repeat(300) + '客户说价格太高' + '二'.repeat(300), ['价格', '太高'], 60);
		expect(pieces.filter((p) => p.mark).map((p) => p.text)).toEqual(['价格', '太高']);
		expect(pieces[0].text).toBe('…');
		expect(pieces.map((p) => p.text).join('').length).toBeLessThanOrEqual(62);
	});

	it('marks whole English words from their start', () => {
		const marked = snippet('Competitors were cheaper', ['competitor']).filter((p) => p.mark);
		expect(marked.map((p) => p.text)).toEqual(['Competitors']);
	});
});

describe('closestTitles', () => {
	it('suggests the titles sharing the most character pairs with the query', () => {
		const stored = buildSearchIndex(docs).docs;
		expect(closestTitles('电信客户', stored)[0].url).toBe('/cases/telecom');
		expect(closestTitles('xyz', stored)).toEqual([]);
	});
});
