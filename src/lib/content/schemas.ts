// One schema per collection: the front matter keys a trainer may write, and what each must hold.
import { z } from 'zod';

/** The team's skill vocabulary: modules, cases and role-plays label skills with exactly these words. */
export const SKILL_LABELS = [
	'客户甄别',
	'提问',
	'倾听',
	'共情',
	'建立信任',
	'价值呈现',
	'异议处理',
	'促成',
	'客户维护',
	'大客户经营'
] as const;

export const LEVELS = [1, 2, 3] as const;

const text = z.string().trim().min(1);
const lang = z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/).default('zh');
const level = z.union([z.literal(1), z.literal(2), z.literal(3)]);
const skill = z.enum(SKILL_LABELS, {
	error: (issue) => `unknown skill \`${String(issue.input)}\`; use one of ${SKILL_LABELS.join(', ')}`
});
const skills = z.array(skill).min(1);
const isoDate = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/)
	.refine((value) => !Number.isNaN(Date.parse(value)) && new Date(value).toISOString().startsWith(value), {
		error: 'is not a real date'
	});

export const courseSchema = z.strictObject({
	title: text,
	summary: text,
	level,
	audience: text,
	cover: text,
	lang
});

export const moduleSchema = z.strictObject({
	title: text,
	summary: text,
	minutes: z.number().int().positive(),
	skills,
	lang
});

export const caseSchema = z.strictObject({
	title: text,
	summary: text,
	industry: text,
	skills,
	level,
	questions: z.array(text).min(1),
	published: isoDate,
	lang
});

/** How each key is described when its value is wrong, in the author's terms. */
export const EXPECTED: Record<string, string> = {
	title: 'a non-empty string',
	summary: 'a non-empty string',
	audience: 'a non-empty string',
	cover: 'a non-empty string (one or two sentences)',
	industry: 'a non-empty string',
	level: '1, 2 or 3',
	minutes: 'a positive whole number of minutes',
	skills: 'a non-empty list of skill labels',
	questions: 'a non-empty list of questions',
	published: 'a date written YYYY-MM-DD',
	lang: 'a language tag such as zh or en'
};
