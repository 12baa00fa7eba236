// Search benchmark: 2,000 generated mixed-language passages; prints index build time, index size
// (raw and gzipped) and query latency in Node. Run with `npm run bench:search`.
import { gzipSync } from 'node:zlib';
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex } from '../../src/lib/search/build';
import { openSearchIndex, search } from '../../src/lib/search/query';
import type { SearchDocument } from '../../src/lib/search/types';

// `--quick`: a tenth of the size, so the tests can run it.
const quick = process.argv.includes('--quick');
const DOCUMENTS = quick ? 200 : 2000;
const QUERIES = quick ? 40 : 400;
const TARGET_P95_MS = 5;
const HERE = dirname(fileURLToPath(import.meta.url));
const CONTENT = join(HERE, '../../content');

// Deterministic, so runs compare (mulberry32).
let seed = 20261127;
function random(): number {
	seed = (seed + 0x6d2b79f5) | 0;
	let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
	t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
	return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];

// Natural text is Zipfian: a few words everywhere, most words rare. Words are drawn with their
// frequencies in the bundled content (real sales Chinese), English ones from bench/search/english.txt.
const salesZh = `客户 价格 太高 便宜 竞争对手 决策人 需求 信任 倾听 提问 异议 促成 成交 大客户 招标 投标 谈判 方案
	预算 维护 流失 离网 电信 银行 展厅 厨电 生鲜 电商 集团 网格 旺季 指标 服务 零售 法律 内部 营销 动机
	购买力 决策权 开放式 封闭式 选择式 考虑 以后 以前 不好用 拜访 电话 跟进 报价 折扣 合同 交付 立项`.split(/\s+/);

function markdownFiles(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.md'))
		.map((f) => readFileSync(join(dir, f), 'utf8'));
}

/** Every word of the content, repeated as often as it occurs: sampling from it follows real frequencies. */
function contentWords(): string[] {
	const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
	const words: string[] = [];
	for (const text of markdownFiles(CONTENT)) {
		for (const s of segmenter.segment(text))
			if (s.isWordLike && /\p{Script=Han}/u.test(s.segment)) words.push(s.segment);
	}
	return words.length > 1000 ? words : salesZh;
}

const zhWords = contentWords();
const distinctZh = [...new Set(zhWords)];
const englishVocabulary = readFileSync(join(HERE, 'english.txt'), 'utf8').split(/\s+/).filter(Boolean);
// English function words and a Zipf tail over the sales vocabulary, as in running English text.
const englishWords = [
	...Array(60).fill('the'),
	...Array(30).fill('and'),
	...Array(25).fill('to'),
	...englishVocabulary.flatMap((word, rank) => Array(Math.ceil(30 / Math.sqrt(rank + 1))).fill(word))
];

/** Most documents are Chinese with the odd English term, some English, some half and half. */
function wordDrawer(): () => string {
	const r = random();
	const englishShare = r < 0.6 ? 0.03 : r < 0.85 ? 1 : 0.5;
	return () => (random() < englishShare ? pick(englishWords) : pick(zhWords));
}

function sentence(words: number, drawWord: () => string): string {
	let out = '';
	for (let i = 0; i < words; i++) {
		const word = drawWord();
		out += /^[a-z]/.test(word) ? ` ${word} ` : word;
		if (random() < 0.1) out += pick(['，', '。', '；']);
	}
	return out.replace(/\s+/g, ' ').trim();
}

function generate(): SearchDocument[] {
	const types = ['module', 'case', 'roleplay'] as const;
	return Array.from({ length: DOCUMENTS }, (_, i) => {
		const draw = wordDrawer();
		return {
			url: `/bench/${i}#section-${i % 7}`,
			type: types[i % 3],
			page: sentence(4, draw),
			heading: sentence(3, draw),
			summary: i % 5 === 0 ? sentence(20, draw) : '',
			keywords: i % 7 === 0 ? sentence(6, draw) : '',
			text: sentence(80 + Math.floor(random() * 160), draw)
		};
	});
}

/** What people search for: a word or three, content words rather than the most frequent ones. */
function query(): string {
	const words = 1 + Math.floor(random() * 3);
	const parts = Array.from({ length: words }, () => {
		const r = random();
		if (r < 0.3) return pick(salesZh);
		if (r < 0.5) return pick(englishVocabulary);
		return pick(distinctZh);
	});
	return random() < 0.5 ? parts.join(' ') : parts.join('');
}

function percentile(sorted: number[], p: number): number {
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

const docs = generate();
const buildStart = performance.now();
const file = buildSearchIndex(docs);
const buildMs = performance.now() - buildStart;

const indexJson = JSON.stringify(file.index);
const fileJson = JSON.stringify(file);
const loadStart = performance.now();
const engine = openSearchIndex(JSON.parse(fileJson));
const loadMs = performance.now() - loadStart;

const queries = Array.from({ length: QUERIES }, query);
for (const q of queries.slice(0, 20)) search(engine, q); // warm up the JIT
// Wall time is what a user waits; CPU time is the same work without the waits of a busy machine.
const wall: number[] = [];
const cpu: number[] = [];
let found = 0;
for (const q of queries) {
	const cpuStart = process.cpuUsage();
	const start = performance.now();
	const { pages } = search(engine, q, 20);
	wall.push(performance.now() - start);
	const used = process.cpuUsage(cpuStart);
	cpu.push((used.user + used.system) / 1000);
	if (pages.length) found++;
}
const p95 = summary(wall).p95;

function summary(samples: number[]) {
	const sorted = [...samples].sort((a, b) => a - b);
	return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1] };
}
const ms = ({ p50, p95, max }: ReturnType<typeof summary>) =>
	`p50 ${p50.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, max ${max.toFixed(2)} ms`;

console.log(
	`documents            ${DOCUMENTS} (${kb(docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0))} of passage text)`
);
console.log(`index build          ${buildMs.toFixed(0)} ms`);
console.log(`index load (browser) ${loadMs.toFixed(0)} ms (JSON.parse + lunr.Index.load)`);
console.log(`index size           ${kb(Buffer.byteLength(indexJson))} raw, ${kb(gzipSync(indexJson).length)} gzipped`);
console.log(`index + doc store    ${kb(Buffer.byteLength(fileJson))} raw, ${kb(gzipSync(fileJson).length)} gzipped`);
console.log(`queries              ${QUERIES}, ${found} with results`);
console.log(`query latency (wall) ${ms(summary(wall))}`);
console.log(`query latency (CPU)  ${ms(summary(cpu))}`);
console.log(
	`load average         ${loadavg()
		.map((l) => l.toFixed(1))
		.join(' ')} on ${availableParallelism()} CPUs`
);
console.log(`target p95 < ${TARGET_P95_MS} ms    ${p95 < TARGET_P95_MS ? 'met' : 'NOT met'} (wall)`);
