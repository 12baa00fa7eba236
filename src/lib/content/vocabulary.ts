// The interface vocabulary (content/vocabulary.yaml): each skill, tag and industry once, with a label per
// interface language, and the check that content uses only words it defines.
import { isMap, LineCounter, parseDocument, type Node } from 'yaml';
import type { Diagnostic } from '../diagnostics.js';
import { readFrontMatter } from '../frontmatter.js';
import type { Roleplay } from '../roleplay/types.js';
import type { CaseEntry, ModuleEntry } from './types.js';

export const VOCABULARY_PATH = 'content/vocabulary.yaml';
export const VOCABULARY_KINDS = ['skills', 'tags', 'industries', 'vars'] as const;
export type VocabularyKind = (typeof VOCABULARY_KINDS)[number];

export interface Term {
	key: string;
	zh: string;
	en: string;
}

export type Vocabulary = Record<VocabularyKind, Term[]>;

export const emptyVocabulary = (): Vocabulary => ({ skills: [], tags: [], industries: [], vars: [] });

/** Reads the file, reporting each malformed entry where it is written. */
export function readVocabulary(source: string): { vocabulary: Vocabulary; diagnostics: Diagnostic[] } {
	const lineCounter = new LineCounter();
	const doc = parseDocument(source, { lineCounter, uniqueKeys: true });
	const diagnostics: Diagnostic[] = [];
	const at = (node: Node | null | undefined, message: string) => {
		const { line, col } = lineCounter.linePos(node?.range?.[0] ?? 0);
		diagnostics.push({ path: VOCABULARY_PATH, severity: 'error', line, column: col, message });
	};
	for (const e of doc.errors) at(null, e.message);
	const vocabulary = emptyVocabulary();
	if (!isMap(doc.contents)) {
		at(null, 'the vocabulary must be a map with `skills`, `tags`, `industries` and `vars`');
		return { vocabulary, diagnostics };
	}
	for (const kind of VOCABULARY_KINDS) {
		const section = doc.contents.get(kind, true);
		if (!isMap(section)) {
			at(section as Node | undefined, `\`${kind}\` must be a map of keys to \`{ zh: …, en: … }\``);
			continue;
		}
		for (const pair of section.items) {
			const key = String((pair.key as { value?: unknown })?.value ?? pair.key);
			const value = pair.value as Node | null;
			const labels = isMap(value) ? (value.toJSON() as Record<string, unknown>) : null;
			if (!labels || typeof labels.zh !== 'string' || typeof labels.en !== 'string')
				at(value ?? (pair.key as Node), `\`${key}\` needs a Chinese and an English label: \`{ zh: …, en: … }\``);
			else vocabulary[kind].push({ key, zh: labels.zh, en: labels.en });
		}
	}
	return { vocabulary, diagnostics };
}

/** Words the content uses that the vocabulary does not define, each reported where it is written. */
export function checkVocabularyUse(
	vocabulary: Vocabulary,
	content: {
		roleplays: { roleplay: Roleplay; path: string; source: string }[];
		cases: CaseEntry[];
		modules: ModuleEntry[];
		sources: Map<string, string>;
	}
): Diagnostic[] {
	const diagnostics: Diagnostic[] = [];
	const skillKeys = new Map(vocabulary.skills.map((t) => [t.key, t]));
	const skillLabels = new Set(vocabulary.skills.map((t) => t.zh));
	const tagLabels = new Set(vocabulary.tags.map((t) => t.zh));
	const industryLabels = new Set(vocabulary.industries.map((t) => t.zh));
	const warn = (path: string, source: string, where: PropertyKey[], message: string) => {
		const frontMatter = readFrontMatter(source).frontMatter;
		const pos = frontMatter ? frontMatter.locate(where) : { line: 1, column: 1 };
		diagnostics.push({ path, severity: 'warning', ...pos, message });
	};
	for (const { roleplay, path, source } of content.roleplays) {
		for (const [key, label] of Object.entries(roleplay.skills)) {
			const term = skillKeys.get(key);
			if (!term)
				warn(path, source, ['skills', key], `skill \`${key}\` is not in ${VOCABULARY_PATH}: add it with its zh and en labels`);
			else if (term.zh !== label)
				warn(path, source, ['skills', key], `skill \`${key}\` is called “${term.zh}” in ${VOCABULARY_PATH}, not “${label}”`);
		}
		// Only the meter's var is shown to learners; the others are the author's bookkeeping.
		if (roleplay.meter && !vocabulary.vars.some((t) => t.key === roleplay.meter))
			warn(path, source, ['meter'], `the meter's var \`${roleplay.meter}\` is not in ${VOCABULARY_PATH}: add it under \`vars\` so the meter can name it`);
		roleplay.tags.forEach((tag, i) => {
			if (!tagLabels.has(tag))
				warn(path, source, ['tags', i], `tag \`${tag}\` is not in ${VOCABULARY_PATH}: add it under \`tags\` with its zh and en labels`);
		});
	}
	for (const entry of [...content.cases, ...content.modules]) {
		const source = content.sources.get(entry.path) ?? '';
		entry.skills.forEach((skill, i) => {
			if (!skillLabels.has(skill)) warn(entry.path, source, ['skills', i], `skill \`${skill}\` is not in ${VOCABULARY_PATH}`);
		});
	}
	for (const entry of content.cases) {
		if (!industryLabels.has(entry.industry))
			warn(entry.path, content.sources.get(entry.path) ?? '', ['industry'], `industry \`${entry.industry}\` is not in ${VOCABULARY_PATH}: add it under \`industries\``);
	}
	return diagnostics;
}

/** The English label of every Chinese word the vocabulary defines: what an English page shows instead. */
export function englishTerms(vocabulary: Vocabulary): Record<string, string> {
	return Object.fromEntries(VOCABULARY_KINDS.flatMap((kind) => vocabulary[kind].map((t) => [t.zh, t.en])));
}

/** Each role-play var's name by key, in one language: what a meter is called. */
export function varNames(vocabulary: Vocabulary, locale: 'zh' | 'en'): Record<string, string> {
	return Object.fromEntries(vocabulary.vars.map((t) => [t.key, t[locale]]));
}
