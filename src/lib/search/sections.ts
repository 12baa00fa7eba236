// Splits a module's or case's markdown into its `##` sections as plain text. Anchors are computed
// exactly as the content scan does (src/lib/content/markdown-scan.ts): one github-slugger per page,
// every heading of the markdown tree in document order, so each matches the rendered heading's id.
import GithubSlugger from 'github-slugger';
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { toString } from 'mdast-util-to-string';
import { frontmatter } from 'micromark-extension-frontmatter';

export interface Section {
	/** null for the text before the first `##`. */
	heading: string | null;
	anchor: string | null;
	text: string;
}

function parse(markdown: string): Root {
	return fromMarkdown(markdown, {
		extensions: [frontmatter(['yaml'])],
		mdastExtensions: [frontmatterFromMarkdown(['yaml'])]
	});
}

/**
 * Trainers' components arrive as raw HTML. A callout's title and body are prose worth finding (its
 * body is markdown again); a role-play launcher card is not.
 */
function htmlText(html: string): string {
	const markdown = html
		.replace(/<Callout\b[^>]*?\btitle=["']([^"']*)["'][^>]*>/g, '\n\n$1\n\n')
		.replace(/<RolePlay\b[^>]*\/?>/g, '\n\n')
		.replace(/<[^>]*>/g, '\n\n');
	return blockText(parse(markdown));
}

/** Text of a block, its children's blocks on separate lines; inline content joined as written. */
function blockText(node: Nodes): string {
	if (node.type === 'yaml') return '';
	if (node.type === 'html') return htmlText(node.value);
	if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') return toString(node);
	if ('children' in node) return node.children.map(blockText).join('\n');
	return 'value' in node ? node.value : '';
}

function collapse(text: string): string {
	return text
		.replace(/\s*\n\s*/g, '\n')
		.replace(/[ \t]+/g, ' ')
		.trim();
}

function headingsIn(node: Nodes, found: Nodes[] = []): Nodes[] {
	if (node.type === 'heading') found.push(node);
	if ('children' in node) for (const child of node.children) headingsIn(child, found);
	return found;
}

export function sectionsOf(source: string): Section[] {
	const tree = parse(source);
	const slugger = new GithubSlugger();
	const sections: Section[] = [{ heading: null, anchor: null, text: '' }];
	const parts: string[][] = [[]];
	for (const node of tree.children) {
		// Slug every heading, nested ones too, so that the counter for repeated headings agrees.
		const anchors = headingsIn(node).map((h) => slugger.slug(toString(h)));
		if (node.type === 'heading' && node.depth === 2) {
			sections.push({ heading: toString(node), anchor: anchors[0], text: '' });
			parts.push([]);
		} else {
			parts[parts.length - 1].push(blockText(node));
		}
	}
	sections.forEach((section, i) => (section.text = collapse(parts[i].join('\n'))));
	return sections.filter((s) => s.heading !== null || s.text !== '');
}
