// Front matter read with positions, for every kind of content file: the YAML between the opening and
// closing `---` lines, and where each key and value is written, so that a problem points at it.
// Each collection checks the data with its own zod schema and words the complaints for its authors.
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { Pos } from './diagnostics.js';

export interface Problem extends Pos {
	message: string;
}

export interface FrontMatter {
	/** the YAML as plain data: always a map of keys, else the reader reports a problem instead */
	data: Record<string, unknown>;
	/**
	 * Where the entry at a path in the data (`['skills', 'value']`, `['tags', 1]`) is written: its key or
	 * list item, or with `'value'` its value. A path that goes further than the YAML stops at the last
	 * entry found; nothing found is the opening `---`.
	 */
	locate(path: readonly PropertyKey[], part?: 'key' | 'value'): Pos;
}

export const START: Pos = { line: 1, column: 1 };

const FENCE = /^---[ \t]*$/;
const MISSING = 'front matter missing: the file must start with a `---` line, then YAML keys, then `---`';

/** Splits off and parses the front matter; `missing` words the problem of a file that has none. */
export function readFrontMatter(
	source: string,
	missing = MISSING
): { frontMatter: FrontMatter | null; problems: Problem[] } {
	const lines = source.split(/\r?\n/);
	if (!FENCE.test(lines[0] ?? '')) return { frontMatter: null, problems: [{ ...START, message: missing }] };
	const close = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
	if (close < 0) {
		const message = 'front matter is not closed: add a `---` line after the last key';
		return { frontMatter: null, problems: [{ ...START, message }] };
	}
	const lineCounter = new LineCounter();
	const doc = parseDocument(lines.slice(1, close).join('\n'), { lineCounter, uniqueKeys: true });
	// The YAML starts on the file's second line.
	const position = (offset: number): Pos => {
		const pos = lineCounter.linePos(offset);
		return { line: pos.line + 1, column: pos.col };
	};
	if (doc.errors.length > 0) {
		const problems = doc.errors.map((e) => ({
			...position(e.pos[0]),
			message: `front matter is not valid YAML: ${firstLine(e.message)}`
		}));
		return { frontMatter: null, problems };
	}
	if (!isMap(doc.contents)) {
		return {
			frontMatter: null,
			problems: [{ ...START, message: 'front matter must be YAML keys and values (`title: ...`)' }]
		};
	}
	const locate = (path: readonly PropertyKey[], part: 'key' | 'value' = 'key') => {
		const offset = offsetOf(doc, path, part);
		return offset === null ? START : position(offset);
	};
	return { frontMatter: { data: doc.toJS() as Record<string, unknown>, locate }, problems: [] };
}

type Ranged = { range?: [number, number, number] | null } | null | undefined;

function offsetOf(doc: Document, path: readonly PropertyKey[], part: 'key' | 'value'): number | null {
	let node: unknown = doc.contents;
	let offset: number | null = null;
	for (const [i, segment] of path.entries()) {
		const last = i === path.length - 1;
		if (isMap(node)) {
			const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === segment);
			if (!pair) return offset;
			const at = last && part === 'value' && pair.value ? (pair.value as Ranged) : (pair.key as Ranged);
			offset = at?.range?.[0] ?? offset;
			node = pair.value;
		} else if (isSeq(node) && typeof segment === 'number') {
			const item = node.items[segment] as Ranged;
			if (!item) return offset;
			offset = item.range?.[0] ?? offset;
			node = item;
		} else {
			return offset;
		}
	}
	return offset;
}

function firstLine(message: string): string {
	return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
