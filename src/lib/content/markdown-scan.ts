// What a module or case body refers to and which anchors its headings get, read from the markdown tree
// (so links inside code blocks are left alone) with the positions the trainer will look for.
import GithubSlugger from 'github-slugger';
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { toString } from 'mdast-util-to-string';
import { frontmatter } from 'micromark-extension-frontmatter';
import type { Heading } from './types.js';

export interface Located {
	line: number;
	column: number;
}

export interface ComponentUse extends Located {
	name: string;
	attributes: Record<string, string>;
	/** attributes written as `{expression}`: content cannot compute values */
	dynamic: string[];
}

export interface LinkUse extends Located {
	url: string;
}

export interface BodyScan {
	headings: Heading[];
	components: ComponentUse[];
	links: LinkUse[];
}

const TAG = /<([A-Z][A-Za-z0-9]*)\b((?:[^>"'{}]|"[^"]*"|'[^']*'|\{[^}]*\})*)\/?>/g;
const ATTRIBUTE = /([A-Za-z_:][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\{[^}]*\}))/g;

/** A content file's markdown tree, its front matter a `yaml` node. */
export function parseContent(source: string): Root {
	return fromMarkdown(source, {
		extensions: [frontmatter(['yaml'])],
		mdastExtensions: [frontmatterFromMarkdown(['yaml'])]
	});
}

export function scanBody(source: string): BodyScan {
	const tree = parseContent(source);
	const scan: BodyScan = { headings: [], components: [], links: [] };
	const slugger = new GithubSlugger();
	const lineStarts = lineStartOffsets(source);
	walk(tree, (node) => {
		if (node.type === 'heading') {
			const text = toString(node);
			scan.headings.push({ depth: node.depth, text, id: slugger.slug(text) });
		} else if ((node.type === 'link' || node.type === 'definition') && node.position) {
			scan.links.push({ url: node.url, line: node.position.start.line, column: node.position.start.column });
		} else if (node.type === 'html' && node.position?.start.offset !== undefined) {
			const base = node.position.start.offset;
			for (const match of node.value.matchAll(TAG)) {
				scan.components.push({ name: match[1], ...readAttributes(match[2]), ...locate(lineStarts, base + match.index) });
			}
		}
	});
	return scan;
}

export function walk(node: Nodes | Root, visit: (node: Nodes) => void): void {
	visit(node);
	if ('children' in node) for (const child of node.children) walk(child, visit);
}

function readAttributes(text: string): Pick<ComponentUse, 'attributes' | 'dynamic'> {
	const attributes: Record<string, string> = {};
	const dynamic: string[] = [];
	for (const match of text.matchAll(ATTRIBUTE)) {
		if (match[4] !== undefined) dynamic.push(match[1]);
		else attributes[match[1]] = match[2] ?? match[3];
	}
	return { attributes, dynamic };
}

export function lineStartOffsets(source: string): number[] {
	const starts = [0];
	for (let i = 0; i < source.length; i++) if (source[i] === '\n') starts.push(i + 1);
	return starts;
}

export function locate(lineStarts: number[], offset: number): Located {
	let low = 0;
	let high = lineStarts.length - 1;
	while (low < high) {
		const mid = (low + high + 1) >> 1;
		if (lineStarts[mid] <= offset) low = mid;
		else high = mid - 1;
	}
	return { line: low + 1, column: offset - lineStarts[low] + 1 };
}
