// Chinese text takes full-width punctuation (，：？！；“”‘’): an ASCII `,` or a straight quote beside a
// Chinese character is a typing slip. Checked in the prose of every content file and in front-matter
// values; code spans, code blocks, link targets, keys and `tests:` are left alone.
import type { Diagnostic } from '../diagnostics.js';
import { readFrontMatter } from '../frontmatter.js';
import { lineStartOffsets, locate, parseContent, walk, type Located } from './markdown-scan.js';

const FULL_WIDTH: Record<string, string> = {
	',': '，',
	':': '：',
	'?': '？',
	'!': '！',
	';': '；',
	'"': '“ ”',
	"'": '‘ ’'
};

/** A Han character, CJK punctuation or a full-width form. */
const CHINESE = /[\p{Script=Han}\u3000-\u303f\uff01-\uff60]/u;

/** Indexes in `text` of ASCII punctuation with a Chinese character on either side. */
export function asciiBesideChinese(text: string): number[] {
	const found: number[] = [];
	for (let i = 0; i < text.length; i++) {
		if (!(text[i] in FULL_WIDTH)) continue;
		if (CHINESE.test(text[i - 1] ?? '') || CHINESE.test(text[i + 1] ?? '')) found.push(i);
	}
	return found;
}

interface Slip extends Located {
	mark: string;
}

/** One warning per line, at the first slip, saying how many more the line has. */
export function punctuationWarnings(path: string, source: string): Diagnostic[] {
	const slips = [...frontMatterSlips(source), ...bodySlips(source)];
	const byLine = new Map<number, Slip[]>();
	for (const slip of slips) byLine.set(slip.line, [...(byLine.get(slip.line) ?? []), slip]);
	return [...byLine.values()].map((line) => {
		const [first] = line.sort((a, b) => a.column - b.column);
		const more = line.length > 1 ? ` (and ${line.length - 1} more on this line)` : '';
		return {
			path,
			line: first.line,
			column: first.column,
			severity: 'warning',
			message: `ASCII \`${first.mark}\` next to Chinese text: write \`${FULL_WIDTH[first.mark]}\`${more}`
		};
	});
}

function bodySlips(source: string): Slip[] {
	const starts = lineStartOffsets(source);
	const slips: Slip[] = [];
	walk(parseContent(source), (node) => {
		const [from, to] = [node.position?.start.offset, node.position?.end.offset];
		if (node.type !== 'text' || from === undefined || to === undefined) return;
		// the text as written, so that positions hold across soft line breaks and escapes
		const raw = source.slice(from, to);
		for (const i of asciiBesideChinese(raw)) slips.push({ mark: raw[i], ...locate(starts, from + i) });
	});
	return slips;
}

/** The string values of the front matter (not `tests:`), at the place each is written. */
function frontMatterSlips(source: string): Slip[] {
	const { frontMatter } = readFrontMatter(source);
	if (!frontMatter) return [];
	const lines = source.split('\n');
	const slips: Slip[] = [];
	const visit = (value: unknown, path: PropertyKey[]) => {
		if (typeof value === 'string') {
			const at = frontMatter.locate(path, 'value');
			const quoted = /["']/.test(lines[at.line - 1]?.[at.column - 1] ?? '') ? 1 : 0;
			for (const i of asciiBesideChinese(value)) {
				slips.push({ mark: value[i], line: at.line, column: at.column + quoted + i });
			}
		} else if (Array.isArray(value)) {
			value.forEach((item, i) => visit(item, [...path, i]));
		} else if (value !== null && typeof value === 'object') {
			for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
		}
	};
	for (const [key, value] of Object.entries(frontMatter.data)) if (key !== 'tests') visit(value, [key]);
	return slips;
}
