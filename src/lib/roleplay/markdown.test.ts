import { describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { frontmatter } from 'micromark-extension-frontmatter';
import { parseMarkdown } from './markdown.js';

describe('parsing one step at a time', () => {
	it('keeps file positions for every step, exactly as parsing the file whole would', () => {
		const source =
			'---\ntitle: T\n## not a step: a YAML comment\n---\n\n说明\n\n## 一 {#a}\n\n话 **重**\n\n## 二 {#b}\n\n- *选* [→](#a)\n  > 反馈\n';
		const whole = fromMarkdown(source, {
			extensions: [frontmatter(['yaml'])],
			mdastExtensions: [frontmatterFromMarkdown(['yaml'])]
		});
		const strip = (tree: unknown) => JSON.parse(JSON.stringify(tree));
		const split = parseMarkdown(source);
		expect(split.children.map((n) => n.type)).toEqual(['yaml', 'paragraph', 'heading', 'paragraph', 'heading', 'list']);
		expect(strip(split.children)).toEqual(strip(whole.children));
	});

	it('does not split inside a fenced code block or at an indented ##', () => {
		const tree = parseMarkdown('## a\n\n```\n## inside\n```\n\n- item\n\n  ## nested\n');
		expect(tree.children.map((n) => n.type)).toEqual(['heading', 'code', 'list']);
	});
});
