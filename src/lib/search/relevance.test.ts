// Relevance of search over the bundled content: queries a salesperson would type, each with the page
// or section a trainer would want in the top three (chosen by reading the content). Documents come
// from the real files, through the same functions the search endpoint uses.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseContent } from '$lib/content/check';
import { buildSearchIndex } from './build';
import { searchDocuments } from './documents';
import { openSearchIndex, search } from './query';

const M = '/courses/new-sales';

/** [query, expected]: an expected URL with `#` names a section (shown under one of the top three pages), without one any section of the page. */
const judgements: [string, string][] = [
	// Chinese, exact words
	['价格太高', `${M}/price-objections#价格太高我买不起`],
	['价格 太高', `${M}/price-objections#价格太高我买不起`],
	['别的产品更便宜', `${M}/price-objections#别的产品更便宜`],
	['过段时间再来', `${M}/delay-objections#过段时间再来吧`],
	['以前用过不好用', '/roleplays/bad-experience'],
	['我考虑考虑', '/roleplays/think-it-over'],
	['MAN 法则', `${M}/qualifying-with-man`],
	['二八法则', `${M}/customer-tiers`],
	['客户分群', `${M}/customer-tiers#客户分群按特征归类`],
	['开放式问题', `${M}/three-kinds-of-questions`],
	['封闭式提问', `${M}/three-kinds-of-questions`],
	['倾听', `${M}/speak-listen-ask#倾听的三个动作`],
	['建立信任', `${M}/trust-first#怎样建立信任`],
	['40/30/20/10', `${M}/trust-first`],
	['内部营销', `${M}/internal-marketing`],
	['购买动机', `${M}/who-is-the-customer#四种购买动机`],
	['流失率', '/cases/telecom-high-value'],
	['小灵通', '/cases/telecom-high-value'],
	['集团客户网格', '/cases/group-customer-grid'],
	['开门红', '/cases/bank-peak-season'],
	['蓝海 红海', '/cases/four-seas-service'],
	['生鲜电商', '/cases/fresh-produce-startup'],
	['古巴睡衣', '/cases/retailer-two-laws'],
	['竞品展台', '/cases/kitchen-showroom'],
	['节能设备', '/roleplays/energy-saving-needs'],
	['专线故障', '/roleplays/telecom-retention'],
	['不要急着降价', `${M}/price-objections#不要急着降价`],
	['大客户销售六个阶段', `${M}/key-account-stages`],
	['信用审查', `${M}/qualifying-with-man#别忘了信用`],
	// Chinese, partial words and words the segmenter splits differently
	['决策', `${M}/qualifying-with-man`],
	['网格化', '/cases/group-customer-grid'],
	['性价比', `${M}/price-objections`],
	['员工是内部顾客', `${M}/internal-marketing`],
	// English, through stems and the glossary
	['competitor', '/cases/kitchen-showroom'],
	['churn', '/cases/telecom-high-value'],
	['decision maker', `${M}/qualifying-with-man`],
	['key account', `${M}/key-account-stages`],
	['tender', `${M}/key-account-stages`],
	['internal marketing', `${M}/internal-marketing`],
	['negotiation', `${M}/key-account-stages`],
	// Mixed
	['competitor 价格', `${M}/price-objections`],
	['MAN 决策人', `${M}/qualifying-with-man`],
	['churn 电信', '/cases/telecom-high-value'],
	['objection 太贵', `${M}/price-objections`],
	['bank 大客户', '/roleplays/bank-key-account'],
	// What a salesperson types before a meeting
	['客户说太贵', `${M}/price-objections`],
	['怎么找到决策人', `${M}/qualifying-with-man#找到真正的决策者`],
	['大客户 招标', `${M}/key-account-stages`],
	['客户嫌贵怎么办', '/roleplays/price-too-high'],
	['客户说要考虑一下', `${M}/delay-objections#我考虑考虑`],
	['如何挽留要走的客户', '/roleplays/telecom-retention'],
	['怎么问出客户需求', `${M}/three-kinds-of-questions#一串追问把需求问深`],
	['客户总是拖延', `${M}/delay-objections`],
	['新人怎么开场', `${M}/who-is-the-customer#开场说法要跟着动机变`],
	['电费太高的工厂', '/roleplays/energy-saving-needs'],
	['谁拍板', '/roleplays/bank-key-account']
];

function bundledContent() {
	const root = join(import.meta.dirname, '../../..');
	const files = readdirSync(join(root, 'content'), { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.md'))
		.map((f) => ({
			path: `content/${f.replaceAll('\\', '/')}`,
			source: readFileSync(join(root, 'content', f), 'utf8')
		}));
	const sources = new Map(files.map((f) => [f.path, f.source]));
	return { content: analyseContent(files).index, sourceOf: (path: string) => sources.get(path) ?? '' };
}

const { content, sourceOf } = bundledContent();
const documents = searchDocuments(content, sourceOf);
const engine = openSearchIndex(JSON.parse(JSON.stringify(buildSearchIndex(documents))));

const matches = (url: string, expected: string) =>
	expected.includes('#') ? url === expected : url.split('#')[0] === expected;

describe('search relevance on the bundled content', () => {
	it('has every judged page or section in the index', () => {
		const missing = judgements.filter(([, expected]) => !documents.some((d) => matches(d.url, expected)));
		expect(missing).toEqual([]);
	});

	it('links every section to the id its heading has on the rendered page', () => {
		const pages = [...content.courses.flatMap((c) => c.modules), ...content.cases];
		const ids = new Map(pages.map((p) => [p.url, new Set(p.headings.map((h) => h.id))]));
		const unknown = documents
			.map((d) => d.url.split('#'))
			.filter(([page, anchor]) => anchor !== undefined && !ids.get(page)?.has(anchor));
		expect(unknown).toEqual([]);
	});

	it('puts the expected document in the top three for at least 90% of the queries', () => {
		const misses: string[] = [];
		for (const [query, expected] of judgements) {
			// What the results show: three pages, each with its best section and a few more.
			const top = search(engine, query, 3).pages.flatMap((p) => [p.best, ...p.others].map((h) => h.doc.url));
			if (!top.some((url) => matches(url, expected)))
				misses.push(`${query} -> want ${expected}, got ${top.join(' | ') || 'nothing'}`);
		}
		const recall = 1 - misses.length / judgements.length;
		console.log(
			`Recall@3 ${(recall * 100).toFixed(1)}% over ${judgements.length} queries${misses.length ? `; misses:\n  ${misses.join('\n  ')}` : ''}`
		);
		expect(judgements.length).toBeGreaterThanOrEqual(40);
		expect(recall).toBeGreaterThanOrEqual(0.9);
	});
});
