// Front matter read with positions, so a problem points at the key or item the trainer wrote.
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { EXPECTED } from './schemas.js';

export interface Problem {
	line: number;
	column: number;
	message: string;
}

export interface FrontMatter {
	data: unknown;
	/** Maps a path in the data (`['skills', 1]`) to where it is written in the file. */
	locate(path: readonly PropertyKey[]): { line: number; column: number };
	/** the 1-based line where the body starts */
	bodyLine: number;
}

const OPEN = /^---[ \t]*$/;

/** Splits off and parses the YAML between the opening and closing `---` lines. */
export function readFrontMatter(source: string): { frontMatter: FrontMatter | null; problems: Problem[] } {
	const lines = source.split('\n');
	if (!OPEN.test(lines[0] ?? '')) {
		return { frontMatter: null, problems: [at(1, 1, 'front matter missing: the file must start with a `---` line, then YAML keys, then `---`')] };
	}
	const close = lines.findIndex((line, i) => i > 0 && OPEN.test(line));
	if (close < 0) {
		return { frontMatter: null, problems: [at(1, 1, 'front matter is not closed: add a `---` line after the last key')] };
	}
	const yamlText = lines.slice(1, close).join('\n');
	const lineCounter = new LineCounter();
	const doc = parseDocument(yamlText, { lineCounter, uniqueKeys: true });
	// The YAML starts on the file's second line.
	const position = (offset: number) => {
		const pos = lineCounter.linePos(offset);
		return { line: pos.line + 1, column: pos.col };
	};
	if (doc.errors.length > 0) {
		const problems = doc.errors.map((e) => {
			const { line, column } = position(e.pos[0]);
			return at(line, column, `front matter is not valid YAML: ${firstLine(e.message)}`);
		});
		return { frontMatter: null, problems };
	}
	if (!isMap(doc.contents)) {
		return { frontMatter: null, problems: [at(1, 1, 'front matter must be YAML keys and values (`title: ...`)')] };
	}
	const locate = (path: readonly PropertyKey[]) => {
		const offset = offsetOf(doc, path);
		return offset === null ? { line: 1, column: 1 } : position(offset);
	};
	return { frontMatter: { data: doc.toJS(), locate, bodyLine: close + 2 }, problems: [] };
}

/** Where the node at `path` is written: the key for a mapping entry, the item for a list entry. */
function offsetOf(doc: Document, path: readonly PropertyKey[]): number | null {
	let node: unknown = doc.contents;
	let offset: number | null = null;
	for (const segment of path) {
		if (isMap(node)) {
			const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === segment);
			if (!pair) return offset;
			offset = (pair.key as { range?: [number, number, number] }).range?.[0] ?? offset;
			node = pair.value;
		} else if (isSeq(node) && typeof segment === 'number') {
			const item = node.items[segment] as { range?: [number, number, number] } | undefined;
			if (!item) return offset;
			offset = item.range?.[0] ?? offset;
			node = item;
		} else {
			return offset;
		}
	}
	return offset;
}

/** Turns a schema's complaints into problems at the offending keys, every one of them. */
export function schemaProblems(frontMatter: FrontMatter, issues: readonly z.core.$ZodIssue[]): Problem[] {
	const problems: Problem[] = [];
	for (const issue of issues) {
		if (issue.code === 'unrecognized_keys') {
			for (const key of issue.keys) {
				const { line, column } = frontMatter.locate([...issue.path, key]);
				problems.push(at(line, column, `unknown key \`${key}\` in front matter`));
			}
			continue;
		}
		const key = String(issue.path[0] ?? '');
		const value = valueAt(frontMatter.data, issue.path);
		const { line, column } = frontMatter.locate(issue.path);
		if (value === undefined && issue.path.length === 1) {
			problems.push(at(line, column, `missing required key \`${key}\`: ${EXPECTED[key] ?? 'required'}`));
		} else if (issue.path.length === 1 && issue.code === 'custom') {
			problems.push(at(line, column, `\`${key}\` ${issue.message}: ${show(value)}`));
		} else if (issue.path.length === 1) {
			problems.push(at(line, column, `\`${key}\` must be ${EXPECTED[key] ?? 'valid'}, not ${show(value)}`));
		} else {
			const item = Number(issue.path[1]) + 1;
			problems.push(at(line, column, `\`${key}\` item ${item}: ${issue.message.replace(/^Invalid input: /, '')}`));
		}
	}
	return problems;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let value = data;
	for (const segment of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PropertyKey, unknown>)[segment];
	}
	return value;
}

function show(value: unknown): string {
	return value === null ? 'an empty value' : `\`${JSON.stringify(value)}\``;
}

function firstLine(message: string): string {
	return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

function at(line: number, column: number, message: string): Problem {
	return { line, column, message };
}
