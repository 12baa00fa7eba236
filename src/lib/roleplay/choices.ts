// A step's bullet list: each item is one thing the learner can say, where it leads, its scoring and its coaching.
import type { ListItem, Paragraph, PhrasingContent } from 'mdast';
import { parseDirective } from './directives.js';
import type { FrontMatter } from './frontmatter.js';
import { plainText, renderBlocks, renderInline } from './inline.js';
import type { Pos } from '../diagnostics.js';
import { posOf, type Report } from './report.js';
import type { Choice, Effect, Guard } from './types.js';

export interface ParsedChoice extends Choice {
	pos: Pos;
	/** where the link is written; the item's start when there is none */
	targetPos: Pos;
	/** the link as written, for messages about it */
	url: string | null;
}

/** Names a code span refers to must be declared; guards read vars only, `=` sets vars only. */
function checkKey(
	key: string,
	use: 'guard' | 'add' | 'set',
	fm: FrontMatter,
	pos: Pos,
	report: Report
): 'skill' | 'var' | null {
	if (key in fm.skills) {
		if (use === 'guard')
			report(
				pos,
				`\`if ${key} ...\` is a guard on a skill: guards read vars, never skills (declare a var under \`vars\`)`
			);
		else if (use === 'set')
			report(pos, `\`${key} = ...\` sets a skill: a skill's score can only change with \`${key} +N\` or \`${key} -N\``);
		else return 'skill';
		return null;
	}
	if (key in fm.vars) return 'var';
	const known = [...Object.keys(fm.skills), ...Object.keys(fm.vars)].join(', ');
	report(pos, `\`${key}\` is neither a skill nor a var (declared: ${known || 'none'})`);
	return null;
}

export function parseInlineDirective(
	code: string,
	pos: Pos,
	fm: FrontMatter,
	report: Report
): { guard?: Guard; effect?: Effect } {
	const d = parseDirective(code);
	switch (d.type) {
		case 'malformed':
			report(pos, d.reason);
			return {};
		case 'end':
			report(pos, '`end ...` must be a paragraph of its own in an ending step, not inside a choice');
			return {};
		case 'guard':
			return checkKey(d.key, 'guard', fm, pos, report) ? { guard: { key: d.key, op: d.op, value: d.value } } : {};
		case 'add':
		case 'set': {
			const kind = checkKey(d.key, d.type, fm, pos, report);
			return kind ? { effect: { key: d.key, kind, op: d.type, value: d.value } } : {};
		}
	}
}

/**
 * Splits a paragraph into its visible words, its code spans and raw HTML (wherever they are nested), and,
 * in a choice, its links (a customer line keeps its links as words to click).
 */
export function splitParagraph(
	nodes: PhrasingContent[],
	keepLinks = false
): {
	visible: PhrasingContent[];
	links: PhrasingContent[];
	codes: PhrasingContent[];
	html: PhrasingContent[];
} {
	const links: PhrasingContent[] = [];
	const codes: PhrasingContent[] = [];
	const html: PhrasingContent[] = [];
	const strip = (list: PhrasingContent[]): PhrasingContent[] =>
		list.flatMap((n): PhrasingContent[] => {
			if (!keepLinks && (n.type === 'link' || n.type === 'linkReference')) return (links.push(n), []);
			if (n.type === 'inlineCode') return (codes.push(n), []);
			if (n.type === 'html') return (html.push(n), []);
			if ('children' in n) return [{ ...n, children: strip(n.children as PhrasingContent[]) } as PhrasingContent];
			return [n];
		});
	return { visible: strip(nodes), links, codes, html };
}

export function reportRawHtml(nodes: readonly { position?: unknown }[], report: Report): void {
	for (const n of nodes)
		report(
			posOf(n as never),
			'raw HTML is not shown to learners: write markdown (**bold**, *emphasis*, [links](https://...))'
		);
}

function linkTarget(link: PhrasingContent): string {
	if (link.type !== 'link' || !link.url.startsWith('#')) return '';
	try {
		return decodeURIComponent(link.url.slice(1));
	} catch {
		return link.url.slice(1);
	}
}

export function parseChoice(item: ListItem, position: number, fm: FrontMatter, report: Report): ParsedChoice {
	const pos = posOf(item);
	const [first, ...rest] = item.children;
	const choice: ParsedChoice = {
		position,
		html: '',
		text: '',
		target: '',
		effects: [],
		guards: [],
		feedbackHtml: null,
		pos,
		targetPos: pos,
		url: null
	};
	if (first?.type !== 'paragraph') {
		report(first ? posOf(first) : pos, 'a choice must start with what the learner says, then its link `[→](#step-id)`');
	} else {
		readSaying(first, choice, fm, report);
	}
	for (const node of rest) {
		if (node.type === 'blockquote' && choice.feedbackHtml === null) choice.feedbackHtml = renderBlocks(node.children);
		else if (node.type === 'blockquote')
			report(posOf(node), 'a choice has one feedback blockquote: merge the two `>` blocks');
		else
			report(
				posOf(node),
				`a ${describeNode(node.type)} inside a choice is not allowed: a choice is one paragraph, then an optional \`>\` feedback blockquote`
			);
	}
	return choice;
}

function readSaying(paragraph: Paragraph, choice: ParsedChoice, fm: FrontMatter, report: Report): void {
	const { visible, links, codes, html } = splitParagraph(paragraph.children);
	reportRawHtml(html, report);
	if (links.length === 0) {
		report(posOf(paragraph), 'a choice with no link: add `[→](#step-id)` naming the step that follows');
	} else if (links.length > 1) {
		report(posOf(links[1]), 'a choice with two links: keep exactly one `[→](#step-id)`, the step that follows');
	}
	if (links.length > 0) {
		choice.target = linkTarget(links[0]);
		choice.targetPos = posOf(links[0]);
		choice.url =
			links[0].type === 'link'
				? links[0].url
				: `[${plainText((links[0] as { children: PhrasingContent[] }).children)}]`;
	}
	for (const code of codes) {
		const { guard, effect } = parseInlineDirective((code as { value: string }).value, posOf(code), fm, report);
		if (guard) choice.guards.push(guard);
		if (effect) choice.effects.push(effect);
	}
	choice.html = renderInline(visible);
	choice.text = plainText(visible);
	if (choice.text.trim() === '')
		report(posOf(paragraph), 'a choice with no words: write what the learner says before the link');
}

export function describeNode(type: string): string {
	const names: Record<string, string> = {
		list: 'list',
		heading: 'heading',
		paragraph: 'second paragraph',
		code: 'code block',
		thematicBreak: 'horizontal rule',
		html: 'raw HTML block',
		table: 'table',
		blockquote: 'blockquote'
	};
	return names[type] ?? type;
}
