// Role-play front matter: one zod schema says what each key must hold; the shared reader
// (src/lib/frontmatter.ts) places every complaint at the key or value the trainer wrote.
import { z } from 'zod';
import type { Pos } from '../diagnostics.js';
import { readFrontMatter as readYaml, START, type FrontMatter as Yaml } from '../frontmatter.js';
import { NEEDS_EXPECTATION, TEST_KEYS, testEntry, testLabel, type TestKey } from './path-tests.js';
import type { Report } from './report.js';

const ID = /^[a-z][a-z0-9_]*$/;
const LANG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
const IDENTIFIER = 'must be lower-case letters, digits and _ and start with a letter';

const text = z.string().regex(/\S/);
const entryName = (issue: { path?: PropertyKey[] }) => String(issue.path?.at(-1));
const needsLabel = (issue: { path?: PropertyKey[] }) =>
	`skill \`${entryName(issue)}\` needs a label (a non-empty string)`;
const needsStart = (issue: { path?: PropertyKey[] }) => `var \`${entryName(issue)}\` must start at a whole number`;

const skills = z
	.record(
		z.string().regex(ID, { error: (issue) => `skill key \`${String(issue.input)}\` ${IDENTIFIER}` }),
		z.string({ error: needsLabel }).regex(/\S/, { error: needsLabel })
	)
	.refine((map) => Object.keys(map).length >= 1 && Object.keys(map).length <= 8, {
		error: (issue) => `\`skills\` must have 1 to 8 entries (it has ${Object.keys(issue.input as object).length})`,
		// counted even when some entries are malformed, so both are reported at once
		when: ({ value }) => value !== null && typeof value === 'object' && !Array.isArray(value)
	});

const vars = z.record(
	z.string().regex(ID, { error: (issue) => `var key \`${String(issue.input)}\` ${IDENTIFIER}` }),
	z.number({ error: needsStart }).int({ error: needsStart })
);

/**
 * Every key a trainer may write, one entry each, in the order an unknown key's message lists them.
 * A key's description finishes the sentence a wrong value gets: "`pass` must be a whole number from 0 to 100".
 */
const KEYS = {
	title: text.describe('a non-empty string'),
	summary: text.describe('a non-empty string'),
	persona: text.describe('a non-empty string'),
	goal: text.optional().describe('a non-empty string'),
	skills: skills.describe('a map of key: label, e.g. `value: 价值呈现`'),
	vars: vars.default({}).describe('a map of key: whole number, e.g. `trust: 0`'),
	meter: z.string().optional().describe('the name of one of the vars'),
	pass: z.number().int().min(0).max(100).default(70).describe('a whole number from 0 to 100'),
	feedback: z.enum(['immediate', 'end']).default('immediate').describe('`immediate` or `end`'),
	tags: z.array(z.string()).default([]).describe('a list of strings, e.g. `[价格异议, 家电零售]`'),
	level: z
		.union([z.literal(1), z.literal(2), z.literal(3)])
		.optional()
		.describe('1, 2 or 3'),
	lang: z.string().regex(LANG).optional().describe('a language tag such as `zh` or `en-GB`'),
	shuffle: z.boolean().default(true).describe('`true` or `false`'),
	tests: z
		.array(testEntry)
		.default([])
		.describe('a list of paths, one a line, e.g. `- { choices: "2,1,3", outcome: won, percent: ">= 90" }`')
};

type Key = keyof typeof KEYS;

/** Each key on its own. */
const keysSchema = z.strictObject(KEYS);

export type Settings = z.output<typeof keysSchema>;

/**
 * What must hold between keys: a name is a skill or a var, never both, and the meter shows a var.
 * Checked on every key that is well-formed, so these problems come with the rest, not after them.
 */
const crossKeyRules = z.custom<Settings>().superRefine((settings, ctx) => {
	for (const key of Object.keys(settings.vars)) {
		if (key in settings.skills) {
			const message = `\`${key}\` is both a skill and a var: give the var another name`;
			ctx.addIssue({ code: 'custom', path: ['vars', key], message, params: { at: 'key' } });
		}
	}
	if (settings.meter !== undefined && !(settings.meter in settings.vars)) {
		const declared = Object.keys(settings.vars).join(', ') || 'none declared';
		ctx.addIssue({
			code: 'custom',
			path: ['meter'],
			message: `meter \`${settings.meter}\` is not one of the vars (${declared})`
		});
	}
});

/** The settings as the compiled Roleplay carries them, plus where skills and vars are written, for warnings. */
export interface FrontMatter extends Settings {
	skillPos: Record<string, Pos>;
	varPos: Record<string, Pos>;
	/** where each entry of `tests` starts */
	testPos: Pos[];
}

const MISSING = 'front matter missing: start the file with a `---` line, the YAML keys, and a closing `---` line';

/** Reads the front matter; problems go to `report`. Always returns something usable for the body checks. */
export function readFrontMatter(source: string, report: Report): FrontMatter {
	const { frontMatter: yaml, problems } = readYaml(source, MISSING);
	for (const { message, ...pos } of problems) report(pos, message);
	if (!yaml) return withPositions(usable({}), null);
	const keys = keysSchema.safeParse(yaml.data);
	const issues = keys.success ? [] : keys.error.issues;
	const settings = keys.success ? keys.data : usable(yaml.data);
	const rules = crossKeyRules.safeParse(settings);
	if (!rules.success) issues.push(...rules.error.issues);
	for (const issue of issues) reportIssue(yaml, issue, report);
	// A meter that shows no var is left out, so the body is checked as if it were not written.
	if (issues.some((issue) => issue.path[0] === 'meter')) settings.meter = undefined;
	return withPositions(settings, yaml);
}

/**
 * What the body checks can use from a front matter with problems: each well-formed key, else its default
 * (required text left empty), and of `skills` and `vars` every well-formed entry. No role-play is built
 * from it: the problems stop the compile.
 */
function usable(data: Record<string, unknown>): Settings {
	const settings: Record<string, unknown> = { title: '', summary: '', persona: '' };
	for (const [key, schema] of Object.entries(KEYS)) {
		const parsed = schema.safeParse(data[key]);
		const fallback = parsed.success ? parsed : schema.safeParse(undefined);
		if (fallback.success) settings[key] = fallback.data;
	}
	return { ...(settings as Settings), skills: wellFormed(data, 'skills'), vars: wellFormed(data, 'vars') };
}

function wellFormed<K extends 'skills' | 'vars'>(data: Record<string, unknown>, key: K): Settings[K] {
	const map = data[key];
	if (map === null || typeof map !== 'object') return {};
	const kept = Object.entries(map).filter(([name, value]) => KEYS[key].safeParse({ [name]: value }).success);
	return Object.fromEntries(kept) as Settings[K];
}

function withPositions(settings: Settings, yaml: Yaml | null): FrontMatter {
	const where = (key: 'skills' | 'vars') =>
		Object.fromEntries(Object.keys(settings[key]).map((name) => [name, yaml?.locate([key, name]) ?? START]));
	const testPos = settings.tests.map((_, i) => yaml?.locate(['tests', i]) ?? START);
	return { ...settings, skillPos: where('skills'), varPos: where('vars'), testPos };
}

/**
 * One complaint in the trainer's words, at the key it is about or at the value that is wrong. An entry
 * of a map (`skills`, `vars`) and a rule between keys carry their own message; any other complaint is
 * about the key's whole value, and its description says what that must be.
 */
function reportIssue(yaml: Yaml, issue: z.core.$ZodIssue, report: Report): void {
	if (issue.path[0] === 'tests' && issue.path.length >= 2) return reportTestIssue(yaml, issue, report);
	if (issue.code === 'unrecognized_keys') {
		for (const key of issue.keys) {
			report(yaml.locate([key]), `unknown front matter key \`${key}\` (known keys: ${Object.keys(KEYS).join(', ')})`);
		}
		return;
	}
	const key = String(issue.path[0]);
	const value = yaml.data[key];
	const mapEntry = issue.path.length === 2 && value !== null && typeof value === 'object' && !Array.isArray(value);
	if (issue.path.length === 1 && value === undefined) {
		report(START, `front matter is missing the required key \`${key}\``);
	} else if (issue.code === 'invalid_key') {
		report(yaml.locate(issue.path), issue.issues[0]?.message ?? issue.message);
	} else if (issue.code === 'custom') {
		report(yaml.locate(issue.path, issue.params?.at === 'key' ? 'key' : 'value'), issue.message);
	} else if (mapEntry) {
		report(yaml.locate(issue.path, 'value'), issue.message);
	} else {
		report(yaml.locate([key], 'value'), `\`${key}\` must be ${KEYS[key as Key].description}`);
	}
}

/** A complaint about one entry of `tests`, at that entry or at its key, naming the test. */
function reportTestIssue(yaml: Yaml, issue: z.core.$ZodIssue, report: Report): void {
	const index = Number(issue.path[1]);
	const entry = (yaml.data.tests as unknown[])[index];
	const label = testLabel((entry as { name?: unknown } | null)?.name, index);
	const key = issue.path[2] as TestKey | undefined;
	const known = `known keys: ${Object.keys(TEST_KEYS).join(', ')}`;
	if (issue.code === 'unrecognized_keys') {
		for (const unknown of issue.keys)
			report(yaml.locate([...issue.path, unknown]), `${label}: unknown key \`${unknown}\` (${known})`);
	} else if (key === undefined && issue.code === 'custom') {
		report(yaml.locate(issue.path), `${label}: ${NEEDS_EXPECTATION}`);
	} else if (key === undefined) {
		report(
			yaml.locate(issue.path),
			`${label} must be a mapping on one line, e.g. \`- { choices: "2,1,3", outcome: won }\``
		);
	} else if (entry !== null && typeof entry === 'object' && !(key in entry)) {
		report(yaml.locate(issue.path.slice(0, 2)), `${label} needs \`${key}\`: ${TEST_KEYS[key].description}`);
	} else {
		report(yaml.locate(issue.path, 'value'), `${label}: \`${key}\` must be ${TEST_KEYS[key].description}`);
	}
}
