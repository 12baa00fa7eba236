// The body: the briefing before the first `##`, then one step per `##` heading with its lines and choices.
import { slug } from 'github-slugger';
import type { Heading, List, Paragraph, PhrasingContent, RootContent } from 'mdast';
import {
	parseChoice,
	parseInlineDirective,
	reportRawHtml,
	splitParagraph,
	describeNode,
	type ParsedChoice
} from './choices.js';
import { parseDirective } from './directives.js';
import type { FrontMatter } from './frontmatter.js';
import { plainText, renderBlocks, renderInline } from './inline.js';
import type { Pos } from '../diagnostics.js';
import { posOf, type Report } from './report.js';
import type { Guard, Line, Outcome } from './types.js';

export interface ParsedStep {
	id: string;
	title: string;
	lines: Line[];
	choices: ParsedChoice[];
	end?: Outcome;
	pos: Pos;
}

export interface ParsedBody {
	briefingHtml: string;
	steps: ParsedStep[];
}

const EXPLICIT_ID = /\s*\{#([^{}]*)\}\s*$/;
const ID_CHARS = /^[\p{L}\p{N}_-]+$/u;

export function readBody(nodes: RootContent[], fm: FrontMatter, report: Report): ParsedBody {
	const briefing: RootContent[] = [];
	const sections: { heading: Heading; nodes: RootContent[] }[] = [];
	for (const node of nodes) {
		if (node.type === 'yaml') continue;
		if (node.type === 'heading' && node.depth >= 3) {
			report(
				posOf(node),
				`a level-${node.depth} heading is not allowed: start a step with \`##\`, or write the words as a paragraph`
			);
		} else if (node.type === 'heading' && node.depth === 2) {
			sections.push({ heading: node, nodes: [] });
		} else if (node.type === 'heading' && sections.length > 0) {
			report(
				posOf(node),
				'a `#` heading after the first step: start a step with `##` (a `#` title is allowed only at the top)'
			);
		} else if (node.type === 'heading') {
			continue;
		} else if (node.type === 'html') {
			reportRawHtml([node], report);
		} else if (sections.length > 0) {
			sections[sections.length - 1].nodes.push(node);
		} else {
			briefing.push(node);
		}
	}
	return {
		briefingHtml: renderBlocks(briefing),
		steps: sections.map((s) => readStep(s.heading, s.nodes, fm, report))
	};
}

function readHeading(heading: Heading, report: Report): { id: string; title: string } {
	const children = [...heading.children];
	const last = children[children.length - 1];
	let explicit: string | null = null;
	if (last?.type === 'text') {
		const m = EXPLICIT_ID.exec(last.value);
		if (m) {
			explicit = m[1];
			children[children.length - 1] = { ...last, value: last.value.slice(0, m.index) };
		}
	}
	const title = plainText(children).trim();
	if (explicit !== null) {
		if (!ID_CHARS.test(explicit)) {
			report(posOf(heading), `step id \`{#${explicit}}\` may hold only letters, digits, - and _`);
		}
		return { id: explicit, title: title || explicit };
	}
	const id = slug(title);
	if (id === '')
		report(
			posOf(heading),
			'this heading gives the step an empty id: add an explicit id at its end, e.g. `## … {#start}`'
		);
	return { id, title };
}

function readStep(heading: Heading, nodes: RootContent[], fm: FrontMatter, report: Report): ParsedStep {
	const { id, title } = readHeading(heading, report);
	const step: ParsedStep = { id, title, lines: [], choices: [], pos: posOf(heading) };
	let list: List | null = null;
	let endPos: Pos | null = null;
	for (const node of nodes) {
		if (list) {
			report(
				posOf(node),
				`nothing may follow the choice list inside a step: move this ${describeNode(node.type)} before the list, or start a new step with \`##\``
			);
			continue;
		}
		if (node.type === 'list') {
			list = node;
			if (node.ordered)
				report(posOf(node), 'choices are a bullet list (`- ...`), not a numbered list: positions are counted for you');
			step.choices = node.children.map((item, i) => parseChoice(item, i + 1, fm, report));
			continue;
		}
		if (node.type !== 'paragraph') {
			report(
				posOf(node),
				`a ${describeNode(node.type)} is not allowed in a step: a step holds paragraphs, then a bullet list of choices or an \`end\` marker`
			);
			continue;
		}
		const end = endMarker(node);
		if (end) {
			if (endPos) report(posOf(node), `a step has one end marker (the first is at line ${endPos.line})`);
			else [step.end, endPos] = [end, posOf(node)];
			continue;
		}
		const line = readLine(node, fm, report);
		if (line) step.lines.push(line);
	}
	if (list && endPos) {
		report(endPos, `step \`${id}\` has both choices and an end marker: an ending has no choices; remove one of them`);
	} else if (!list && !endPos) {
		report(
			step.pos,
			`step \`${id}\` has neither choices nor an end marker: add a bullet list of choices, or \`end won\`, \`end lost\` or \`end neutral\``
		);
	}
	return step;
}

function endMarker(paragraph: Paragraph): Outcome | null {
	const meaningful = paragraph.children.filter((n) => !(n.type === 'text' && n.value.trim() === ''));
	if (meaningful.length !== 1 || meaningful[0].type !== 'inlineCode') return null;
	const d = parseDirective(meaningful[0].value);
	return d.type === 'end' ? d.outcome : null;
}

/** A customer line: leading guard code spans, then the words; all emphasis makes it narration. */
function readLine(paragraph: Paragraph, fm: FrontMatter, report: Report): Line | null {
	const guards: Guard[] = [];
	let i = 0;
	const children = paragraph.children;
	for (; i < children.length; i++) {
		const n = children[i];
		if (n.type === 'text' && n.value.trim() === '') continue;
		if (n.type !== 'inlineCode' || !/^\s*if\b/.test(n.value)) break;
		const { guard } = parseInlineDirective(n.value, posOf(n), fm, report);
		if (guard) guards.push(guard);
	}
	const { visible, codes, html } = splitParagraph(children.slice(i), true);
	reportRawHtml(html, report);
	for (const code of codes) {
		const value = (code as { value: string }).value;
		const what =
			parseDirective(value).type === 'end'
				? '`end ...` must stand alone in its own paragraph'
				: 'a code span in what the customer says is not shown: only guards (`if KEY OP N`) may start a paragraph';
		report(posOf(code), `\`${value}\`: ${what}`);
	}
	const words = visible.filter((n) => !(n.type === 'text' && n.value.trim() === ''));
	if (words.length === 0) {
		report(posOf(paragraph), 'a guard with nothing after it: write the words shown when the guard holds');
		return null;
	}
	if (words.length === 1 && words[0].type === 'emphasis') {
		return { kind: 'narration', html: renderInline(words[0].children as PhrasingContent[]), guards };
	}
	return { kind: 'say', html: renderInline(visible), guards };
}
