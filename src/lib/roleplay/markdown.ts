// The mdast of a role-play file, parsed one step at a time: micromark slows down more than linearly on one
// long document (a 2,000-step file took over a minute), while every `##` line closes whatever came before.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { frontmatter } from 'micromark-extension-frontmatter';
import type { Root } from 'mdast';
import type { Node } from 'unist';

// Only at column 1: an indented `##` may belong to a list item, and then it is not a step.
const STEP_HEADING = /^##(?:[ \t]|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Start offsets (and line numbers) of the chunks: the front matter and briefing, then each `##` section. */
function chunkStarts(source: string): { offset: number; line: number }[] {
	const starts = [{ offset: 0, line: 1 }];
	let offset = 0;
	let line = 1;
	let fence: string | null = null;
	let inFrontMatter = /^---\r?\n/.test(source);
	for (const text of source.split('\n')) {
		if (inFrontMatter && line > 1 && /^---\s*$/.test(text)) inFrontMatter = false;
		else if (!inFrontMatter) {
			const f = FENCE.exec(text)?.[1];
			if (fence && f && f[0] === fence[0] && f.length >= fence.length) fence = null;
			else if (!fence && f) fence = f;
			else if (!fence && line > 1 && STEP_HEADING.test(text)) starts.push({ offset, line });
		}
		offset += text.length + 1;
		line++;
	}
	return starts;
}

/** Moves a chunk's positions to the file's; in place, since every point is an object of its own. */
function shift(node: Node, lines: number, offset: number): void {
	const p = node.position;
	if (p) {
		p.start.line += lines;
		p.start.offset = (p.start.offset ?? 0) + offset;
		p.end.line += lines;
		p.end.offset = (p.end.offset ?? 0) + offset;
	}
	const children = (node as { children?: Node[] }).children;
	if (children) for (const child of children) shift(child, lines, offset);
}

export function parseMarkdown(source: string): Root {
	const starts = chunkStarts(source);
	const root: Root = { type: 'root', children: [] };
	starts.forEach(({ offset, line }, i) => {
		const end = i + 1 < starts.length ? starts[i + 1].offset : source.length;
		const chunk = fromMarkdown(
			source.slice(offset, end),
			i === 0 ? { extensions: [frontmatter(['yaml'])], mdastExtensions: [frontmatterFromMarkdown(['yaml'])] } : {}
		);
		for (const child of chunk.children) {
			if (i > 0) shift(child, line - 1, offset);
			root.children.push(child);
		}
	});
	return root;
}
