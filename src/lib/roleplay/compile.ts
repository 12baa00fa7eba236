// markdown -> checked Roleplay JSON: parse, validate, analyse, and report every problem with its place.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { hasErrors, type Diagnostic } from '../diagnostics.js';
import { analyse, type Finding } from './analyse.js';
import { MAX_STATES } from './explore.js';
import { readFrontMatter, type FrontMatter } from './frontmatter.js';
import { parseMarkdown } from './markdown.js';
import { runPathTests } from './path-tests.js';
import { collector, type Report } from './report.js';
import { readBody, type ParsedStep } from './steps.js';
import type { Roleplay, Step } from './types.js';
import { validityFindings, type Strategy, type ValidityFinding } from './validity.js';

const FILE_ID = /^[a-z0-9][a-z0-9-]*$/;

/** The version an attempt records: attempts made on another version of the file are scored again, or refused. */
export function versionOf(source: string): string {
	return bytesToHex(sha256(utf8ToBytes(source)));
}

export function idFromPath(path: string): string {
	return (path.split(/[\\/]/).pop() ?? '').replace(/\.md$/, '');
}

export function compileRoleplay(
	path: string,
	source: string
): { roleplay: Roleplay | null; diagnostics: Diagnostic[] } {
	const { report, diagnostics } = collector(path);
	const id = idFromPath(path);
	if (!FILE_ID.test(id)) {
		report(
			{ line: 1, column: 1 },
			`file name \`${id}\` must be lower-case letters, digits and - (e.g. \`price-too-high.md\`): it becomes the role-play's id`
		);
	}
	const tree = parseMarkdown(source);
	const fm = readFrontMatter(source, report);
	const body = readBody(tree.children, fm, report);
	const steps = checkSteps(body.steps, report);
	if (body.steps.length === 0)
		report({ line: 1, column: 1 }, 'the file has no steps: start the dialogue with a `## ...` heading');
	warnUnused(fm, body.steps, report);
	const linksSound = body.steps.length > 0 && steps.size === body.steps.length && checkLinks(body.steps, steps, report);
	if (!linksSound) return { roleplay: null, diagnostics };

	const stepOrder = body.steps.map((s) => s.id);
	const stepRecord: Record<string, Step> = Object.fromEntries(body.steps.map((s) => [s.id, toStep(s)]));
	const graph = {
		start: stepOrder[0],
		steps: stepRecord,
		stepOrder,
		skills: fm.skills,
		vars: fm.vars,
		meter: fm.meter
	};
	const { analysis, findings, search } = analyse(graph);
	for (const f of findings) reportFinding(f, steps, body.steps, report);
	if (hasErrors(diagnostics) || !analysis || !search) return { roleplay: null, diagnostics };
	const roleplay: Roleplay = {
		id,
		version: versionOf(source),
		title: fm.title,
		summary: fm.summary,
		persona: fm.persona,
		...(fm.goal !== undefined && { goal: fm.goal }),
		skills: fm.skills,
		vars: fm.vars,
		...(fm.meter !== undefined && { meter: fm.meter }),
		pass: fm.pass,
		feedback: fm.feedback,
		shuffle: fm.shuffle,
		tags: fm.tags,
		...(fm.level !== undefined && { level: fm.level }),
		...(fm.lang !== undefined && { lang: fm.lang }),
		briefingHtml: body.briefingHtml,
		start: stepOrder[0],
		steps: stepRecord,
		stepOrder,
		analysis
	};
	for (const f of validityFindings(roleplay, search.explorer, search.root)) reportValidity(f, steps, report);
	runPathTests(roleplay, fm.tests, fm.testPos, report);
	return { roleplay: hasErrors(diagnostics) ? null : roleplay, diagnostics };
}

function toStep(s: ParsedStep): Step {
	const choices = s.choices.map(({ pos: _pos, targetPos: _t, url: _u, ...choice }) => choice);
	return { id: s.id, title: s.title, lines: s.lines, choices, ...(s.end && { end: s.end }) };
}

/** Each id once; returns the first step of each id. */
function checkSteps(steps: ParsedStep[], report: Report): Map<string, ParsedStep> {
	const byId = new Map<string, ParsedStep>();
	for (const step of steps) {
		const first = byId.get(step.id);
		if (first)
			report(
				step.pos,
				`two steps have the id \`${step.id}\` (the other is at line ${first.pos.line}): give one an explicit id, e.g. \`## ${step.title} {#${step.id}-2}\``
			);
		else byId.set(step.id, step);
	}
	return byId;
}

function checkLinks(steps: ParsedStep[], byId: Map<string, ParsedStep>, report: Report): boolean {
	let sound = true;
	for (const step of steps) {
		for (const c of step.choices) {
			if (c.url === null) sound = false;
			else if (!c.url.startsWith('#')) {
				report(c.targetPos, `the link \`${c.url}\` goes to no step: a choice's link must be \`#step-id\``);
				sound = false;
			} else if (!byId.has(c.target)) {
				report(c.targetPos, `the link \`#${c.target}\` goes to no step (step ids: ${[...byId.keys()].join(', ')})`);
				sound = false;
			}
		}
	}
	return sound;
}

function warnUnused(fm: FrontMatter, steps: ParsedStep[], report: Report): void {
	const scored = new Set<string>();
	const read = new Set<string>(fm.meter ? [fm.meter] : []);
	for (const step of steps) {
		for (const line of step.lines) for (const g of line.guards) read.add(g.key);
		for (const c of step.choices) {
			for (const g of c.guards) read.add(g.key);
			for (const e of c.effects) if (e.kind === 'skill') scored.add(e.key);
		}
	}
	for (const key of Object.keys(fm.skills)) {
		if (!scored.has(key))
			report(
				fm.skillPos[key],
				`no choice scores the skill \`${key}\`: add \`${key} +N\` to a choice, or remove it`,
				'warning'
			);
	}
	for (const key of Object.keys(fm.vars)) {
		if (!read.has(key) && !(key in fm.skills)) {
			report(
				fm.varPos[key],
				`nothing reads the var \`${key}\`: use it in a guard (\`if ${key} >= N\`) or as the meter, or remove it`,
				'warning'
			);
		}
	}
}

function reportFinding(f: Finding, byId: Map<string, ParsedStep>, steps: ParsedStep[], report: Report): void {
	const first = steps[0].pos;
	switch (f.kind) {
		case 'unreachable':
			return report(
				byId.get(f.step)!.pos,
				`step \`${f.step}\` is never reached: no path from the first step leads here; link to it with \`[→](#${f.step})\` or remove it`
			);
		case 'stuck': {
			const step = byId.get(f.step)!;
			// A step with neither choices nor an end marker is already reported; saying it again adds nothing.
			if (step.choices.length === 0 && !step.end) return;
			const route = [...f.path.map((p) => p.step), f.step].join(' → ');
			const choices = f.path.map((p) => p.position).join(',');
			return report(
				step.pos,
				`a learner can be stuck at step \`${f.step}\`: no choice is offered there (guards false or choices already taken), e.g. after --choices ${choices || '(none)'}: ${route}`
			);
		}
		case 'no-ending':
			return report(
				first,
				'no ending can be reached: give some path a step with `end won`, `end lost` or `end neutral`'
			);
		case 'best-not-positive':
			return report(
				first,
				`the best path scores ${f.best}: at least one complete path must score above 0 (add \`KEY +N\` to good choices)`
			);
		case 'state-limit':
			return report(
				first,
				`more than ${MAX_STATES} reachable states (step, vars and choices taken): the checker stops there; make hubs smaller or give vars fewer values`
			);
	}
}

const STRATEGY: Record<Strategy, { name: string; fix: string }> = {
	longest: {
		name: 'the longest line',
		fix: 'make length tell nothing: give some steps a short best answer and a long weak one'
	},
	shortest: {
		name: 'the shortest line',
		fix: 'make length tell nothing: give some steps a short weak answer and a longer good one'
	},
	first: {
		name: 'the first answer',
		fix: 'with `shuffle: false` the learner sees the file order: put the best answers at different places'
	},
	last: {
		name: 'the last answer',
		fix: 'with `shuffle: false` the learner sees the file order: put the best answers at different places'
	}
};

function reportValidity(f: ValidityFinding, byId: Map<string, ParsedStep>, report: Report): void {
	const path = `--choices ${f.choices.join(',') || '(none)'}`;
	const after = f.choices.length > 0 ? ` after ${path}` : ', the first step';
	switch (f.kind) {
		case 'shortcut-passes': {
			const { name, fix } = STRATEGY[f.strategy];
			const message = `always choosing ${name} passes (${f.outcome}, ${f.percent}%): ${path}; ${fix}`;
			return report(byId.get(f.ending)!.pos, message, 'warning');
		}
		case 'cheap-win':
			return report(
				byId.get(f.ending)!.pos,
				`this \`won\` ending is reachable at ${f.percent}%, below half the best score: ${path}; a sale made with poor technique should not look like a success: lead such paths to a \`neutral\` ending, or change the scoring`,
				'warning'
			);
		case 'no-good-answer':
			return report(
				byId.get(f.step)!.pos,
				`every answer offered at step \`${f.step}\` loses points, e.g.${after}: give the learner at least one good answer here`,
				'warning'
			);
		case 'best-is-longest': {
			const listed = f.tells.length > 6 ? `${f.tells.slice(0, 6).join(', ')}, …` : f.tells.join(', ');
			return report(
				byId.get(f.step)!.pos,
				`the best answer is the longest line at ${f.tells.length} of the ${f.eligible} steps with a choice (${listed}), e.g. at \`${f.step}\`${after}: learners soon learn to pick the longest; write some best answers short and some weak answers long`,
				'warning'
			);
		}
	}
}
