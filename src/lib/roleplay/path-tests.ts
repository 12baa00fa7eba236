// `tests:` in the front matter: paths of choices written with what each must give, played by the check,
// so that an author who changes the scoring learns at once which intended path no longer holds.
import { z } from 'zod';
import type { Pos } from '../diagnostics.js';
import type { Report } from './report.js';
import { replay } from './runtime.js';
import type { Result, Roleplay } from './types.js';

const CHOICES = /^\s*[1-9]\d*(\s*,\s*[1-9]\d*)*\s*$/;
const PERCENT = /^\s*(?:(>=|<=|>|<|=)\s*(\d{1,3})|(\d{1,3})\s*-\s*(\d{1,3}))\s*$/;

/** The percents a test accepts, inclusive; `text` is how the author wrote it. */
export interface PercentRange {
	text: string;
	min: number;
	max: number;
}

function percentRange(input: number | string): PercentRange {
	if (typeof input === 'number') return { text: String(input), min: input, max: input };
	const [, op, value, low, high] = PERCENT.exec(input)!;
	const text = input.trim().replace(/\s+/g, ' ');
	if (low !== undefined) return { text, min: Number(low), max: Number(high) };
	const n = Number(value);
	const bounds: Record<string, [number, number]> = {
		'>=': [n, 100],
		'>': [n + 1, 100],
		'<=': [0, n],
		'<': [0, n - 1],
		'=': [n, n]
	};
	const [min, max] = bounds[op];
	return { text, min, max };
}

const percent = z
	.union([z.number().int().min(0).max(100), z.string().regex(PERCENT)])
	.transform(percentRange)
	.refine((range) => range.min <= range.max && range.max <= 100);

/** Each key of a test, with the words that finish "`percent` must be ...". */
export const TEST_KEYS = {
	name: z.string().describe('a label in quotes or plain text'),
	choices: z
		.string()
		.regex(CHOICES)
		.transform((list) => list.split(',').map(Number))
		.describe('file positions in quotes, as `peilian play --choices` takes them, e.g. `"2,1,3"`'),
	outcome: z.enum(['won', 'lost', 'neutral']).describe('`won`, `lost` or `neutral`'),
	ending: z.string().regex(/\S/).describe('the id of an ending step'),
	percent: percent.describe(
		'a number from 0 to 100, or `">= 90"`, `"> 50"`, `"<= 40"`, `"< 70"`, `"= 100"`, `"40-69"`'
	),
	passed: z.boolean().describe('`true` or `false`')
} as const;

export type TestKey = keyof typeof TEST_KEYS;
const EXPECTATIONS = ['outcome', 'ending', 'percent', 'passed'] as const;

export const NEEDS_EXPECTATION = `a test needs at least one of ${EXPECTATIONS.map((k) => `\`${k}\``).join(', ')}`;

export const testEntry = z
	.strictObject({
		name: TEST_KEYS.name.optional(),
		choices: TEST_KEYS.choices,
		outcome: TEST_KEYS.outcome.optional(),
		ending: TEST_KEYS.ending.optional(),
		percent: TEST_KEYS.percent.optional(),
		passed: TEST_KEYS.passed.optional()
	})
	.refine((test) => EXPECTATIONS.some((key) => test[key] !== undefined), { error: NEEDS_EXPECTATION });

export type PathTest = z.output<typeof testEntry>;

/** How a message names a test: its name when it has one, else its number in the list. */
export function testLabel(name: unknown, index: number): string {
	return typeof name === 'string' && name.trim() !== '' ? `test "${name}"` : `test ${index + 1}`;
}

/** Plays every test; each failing one is an error at its own line. */
export function runPathTests(rp: Roleplay, tests: readonly PathTest[], positions: readonly Pos[], report: Report) {
	tests.forEach((test, i) => {
		const problem = testProblem(rp, test);
		if (problem) report(positions[i], `${testLabel(test.name, i)} ${problem}`);
	});
}

function testProblem(rp: Roleplay, test: PathTest): string | null {
	if (test.ending !== undefined && !rp.steps[test.ending]?.end) {
		const endings = rp.stepOrder.filter((id) => rp.steps[id].end).join(', ');
		return `expects the ending \`${test.ending}\`, which is not an ending step (endings: ${endings})`;
	}
	const played = replay(rp, test.choices);
	if (!played.ok) {
		if (played.position === 0) return `cannot be played: ${played.reason}`;
		return `cannot be played: choice ${played.index + 1} (position ${played.position}) at step \`${played.step}\`: ${played.reason}`;
	}
	const result = played.result;
	const failed = EXPECTATIONS.filter((key) => test[key] !== undefined && !meets(test, key, result));
	if (failed.length === 0) return null;
	const expected = failed.map((key) => (key === 'percent' ? `percent ${test.percent!.text}` : `${key} ${test[key]}`));
	const passed = test.passed === undefined ? '' : result.passed ? ', passed' : ', not passed';
	return `expected ${expected.join(', ')}, got ${result.outcome} (ending ${result.ending}, ${result.percent}%${passed})`;
}

function meets(test: PathTest, key: (typeof EXPECTATIONS)[number], result: Result): boolean {
	switch (key) {
		case 'outcome':
			return test.outcome === result.outcome;
		case 'ending':
			return test.ending === result.ending;
		case 'percent':
			return test.percent!.min <= result.percent && result.percent <= test.percent!.max;
		case 'passed':
			return test.passed === result.passed;
	}
}
