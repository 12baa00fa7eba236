// Front matter: YAML read with positions, so every problem points at the key or value the trainer wrote.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { Yaml } from 'mdast';
import type { Pos, Report } from './report.js';
import type { Roleplay } from './types.js';

const ID_PATTERN = /^[a-z][a-z0-9_]*$/;
const LANG_PATTERN = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
const KEYS = [
	'title',
	'summary',
	'persona',
	'goal',
	'skills',
	'vars',
	'meter',
	'pass',
	'feedback',
	'tags',
	'level',
	'lang'
] as const;
const REQUIRED = ['title', 'summary', 'persona', 'skills'] as const;

/** The settings as the compiled Roleplay carries them, plus where skills and vars are written, for warnings. */
export interface FrontMatter extends Pick<Roleplay, (typeof KEYS)[number]> {
	skillPos: Record<string, Pos>;
	varPos: Record<string, Pos>;
}

function emptyFrontMatter(): FrontMatter {
	return {
		title: '',
		summary: '',
		persona: '',
		skills: {},
		vars: {},
		pass: 70,
		feedback: 'immediate',
		tags: [],
		skillPos: {},
		varPos: {}
	};
}

/** Reads the front matter; problems go to `report`. Always returns something usable for the body checks. */
export function readFrontMatter(node: Yaml | undefined, report: Report): FrontMatter {
	const fm = emptyFrontMatter();
	if (!node || !node.position) {
		report(
			{ line: 1, column: 1 },
			'front matter missing: start the file with a `---` line, the YAML keys, and a closing `---` line'
		);
		return fm;
	}
	const fencePos = { line: node.position.start.line, column: 1 };
	const lineCounter = new LineCounter();
	const doc = parseDocument(node.value, { lineCounter });
	// The YAML text starts on the line after the opening `---`.
	const at = (n: YamlNode | { range?: [number, number, number] | null }): Pos => {
		const { line, col } = lineCounter.linePos(n.range?.[0] ?? 0);
		return { line: fencePos.line + line, column: col };
	};
	if (doc.errors.length > 0) {
		for (const e of doc.errors) {
			const lp = e.linePos?.[0] ?? { line: 1, col: 1 };
			const reason = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
			report({ line: fencePos.line + lp.line, column: lp.col }, `front matter is not valid YAML: ${reason}`);
		}
		return fm;
	}
	if (!isMap(doc.contents)) {
		report(doc.contents ? at(doc.contents) : fencePos, 'front matter must be YAML keys and values (`title: ...`)');
		return fm;
	}
	const seen = new Set<string>();
	for (const pair of doc.contents.items) {
		const key = isScalar(pair.key) ? String(pair.key.value) : '';
		const keyPos = isScalar(pair.key) ? at(pair.key) : fencePos;
		const value = pair.value as YamlNode | null;
		const valuePos = value ? at(value) : keyPos;
		seen.add(key);
		if (!(KEYS as readonly string[]).includes(key)) {
			report(keyPos, `unknown front matter key \`${key}\` (known keys: ${KEYS.join(', ')})`);
			continue;
		}
		readKey(fm, key as (typeof KEYS)[number], value, valuePos, at, report);
	}
	for (const key of REQUIRED) {
		if (!seen.has(key)) report(fencePos, `front matter is missing the required key \`${key}\``);
	}
	for (const key of Object.keys(fm.vars)) {
		if (key in fm.skills) report(fm.varPos[key], `\`${key}\` is both a skill and a var: give the var another name`);
	}
	if (fm.meter !== undefined && !(fm.meter in fm.vars)) {
		report(
			posOfKey(doc.contents, 'meter', at) ?? fencePos,
			`meter \`${fm.meter}\` is not one of the vars (${Object.keys(fm.vars).join(', ') || 'none declared'})`
		);
		fm.meter = undefined;
	}
	return fm;
}

function posOfKey(map: YamlNode, key: string, at: (n: YamlNode) => Pos): Pos | undefined {
	if (!isMap(map)) return undefined;
	const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
	return pair?.value ? at(pair.value as YamlNode) : undefined;
}

type At = (n: YamlNode) => Pos;

function readKey(
	fm: FrontMatter,
	key: (typeof KEYS)[number],
	node: YamlNode | null,
	pos: Pos,
	at: At,
	report: Report
): void {
	const scalar = isScalar(node) ? node.value : undefined;
	const wrong = (expected: string) => report(pos, `\`${key}\` must be ${expected}`);
	switch (key) {
		case 'title':
		case 'summary':
		case 'persona':
		case 'goal':
		case 'lang':
			if (typeof scalar !== 'string' || scalar.trim() === '') return wrong('a non-empty string');
			if (key === 'lang' && !LANG_PATTERN.test(scalar)) return wrong('a language tag such as `zh` or `en-GB`');
			fm[key] = scalar;
			return;
		case 'pass':
			if (typeof scalar !== 'number' || !Number.isInteger(scalar) || scalar < 0 || scalar > 100) {
				return wrong('a whole number from 0 to 100');
			}
			fm.pass = scalar;
			return;
		case 'level':
			if (scalar !== 1 && scalar !== 2 && scalar !== 3) return wrong('1, 2 or 3');
			fm.level = scalar;
			return;
		case 'feedback':
			if (scalar !== 'immediate' && scalar !== 'end') return wrong('`immediate` or `end`');
			fm.feedback = scalar;
			return;
		case 'meter':
			if (typeof scalar !== 'string') return wrong('the name of one of the vars');
			fm.meter = scalar;
			return;
		case 'tags':
			if (!isSeq(node) || !node.items.every((t) => isScalar(t) && typeof t.value === 'string')) {
				return wrong('a list of strings, e.g. `[价格异议, 家电零售]`');
			}
			fm.tags = node.items.map((t) => String((t as { value: string }).value));
			return;
		case 'skills':
		case 'vars':
			readMap(fm, key, node, pos, at, report);
	}
}

function readMap(
	fm: FrontMatter,
	key: 'skills' | 'vars',
	node: YamlNode | null,
	pos: Pos,
	at: At,
	report: Report
): void {
	if (!isMap(node)) {
		report(
			pos,
			key === 'skills'
				? '`skills` must be a map of key: label, e.g. `value: 价值呈现`'
				: '`vars` must be a map of key: whole number, e.g. `trust: 0`'
		);
		return;
	}
	if (key === 'skills' && (node.items.length < 1 || node.items.length > 8)) {
		report(pos, `\`skills\` must have 1 to 8 entries (it has ${node.items.length})`);
	}
	for (const pair of node.items) {
		const name = isScalar(pair.key) ? String(pair.key.value) : '';
		const namePos = isScalar(pair.key) ? at(pair.key) : pos;
		const value = isScalar(pair.value) ? pair.value.value : undefined;
		const valuePos = pair.value ? at(pair.value as YamlNode) : namePos;
		if (!ID_PATTERN.test(name)) {
			report(
				namePos,
				`${key === 'skills' ? 'skill' : 'var'} key \`${name}\` must be lower-case letters, digits and _ and start with a letter`
			);
			continue;
		}
		if (key === 'skills') {
			if (typeof value !== 'string' || value.trim() === '') {
				report(valuePos, `skill \`${name}\` needs a label (a non-empty string)`);
				continue;
			}
			fm.skills[name] = value;
			fm.skillPos[name] = namePos;
		} else {
			if (typeof value !== 'number' || !Number.isInteger(value)) {
				report(valuePos, `var \`${name}\` must start at a whole number`);
				continue;
			}
			fm.vars[name] = value;
			fm.varPos[name] = namePos;
		}
	}
}
