import { describe, expect, it } from 'vitest';
import { asciiBesideChinese, punctuationWarnings } from './punctuation.js';

const lines = (path: string, source: string) =>
	punctuationWarnings(path, source).map((d) => `${d.line}:${d.column} ${d.severity} ${d.message}`);

describe('ASCII punctuation beside Chinese text is a warning in every content file', () => {
	it('finds , : ? ! ; and straight quotes next to a Chinese character, and leaves English alone', () => {
		expect(asciiBesideChinese('好,我们看看:价格?太贵!再说;他说"行"')).toEqual([1, 6, 9, 12, 15, 18, 20]);
		expect(asciiBesideChinese('Hello, world: it\'s "fine"! 好的，没问题。')).toEqual([]);
	});

	it('reports one warning per line, at the first slip, in prose and in front-matter values', () => {
		const source = [
			'---',
			'title: 价格太高,我买不起',
			'summary: "顾客说:太贵了"',
			'tags: [价格异议]',
			'---',
			'',
			'# 模块',
			'',
			'顾客说"太贵",然后走了!',
			'',
			'全角的句子，没有问题。'
		].join('\n');
		expect(lines('content/cases/kitchen.md', source)).toEqual([
			'2:12 warning ASCII `,` next to Chinese text: write `，`',
			'3:14 warning ASCII `:` next to Chinese text: write `：`',
			'9:4 warning ASCII `"` next to Chinese text: write `“ ”` (and 3 more on this line)'
		]);
	});

	it('leaves code spans, code blocks, link targets and tests: alone', () => {
		const source = [
			'---',
			'title: 价格',
			'tests:',
			'  - { name: 最佳, choices: "1,2", outcome: won }',
			'---',
			'',
			'选项 `if 信任 >= 1` 和 [链接](#a,b)。',
			'',
			'```',
			'好,的',
			'```'
		].join('\n');
		expect(lines('content/roleplays/x.md', source)).toEqual([]);
	});
});
