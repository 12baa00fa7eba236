// Trainer markdown to safe HTML, once at compile time: the player renders it with {@html} and no further checks.
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { PhrasingContent, RootContent } from 'mdast';

const ALLOWED_TAGS = new Set(['p', 'strong', 'em', 'del', 'a', 'br', 'code', 'ul', 'ol', 'li', 'blockquote']);
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** http(s) and mailto links, and relative links within the site; anything else (javascript:, data:) is not a link. */
export function isSafeHref(href: string): boolean {
	// Browsers ignore tabs, newlines and control characters inside a scheme (`java\tscript:`), so drop them first.
	// eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
	const bare = href.replace(/[\u0000-\u0020\u007f]/g, '');
	return !SCHEME.test(bare) || /^(https?|mailto):/i.test(bare);
}

function sanitise(nodes: readonly (HastContent | ElementContent)[]): ElementContent[] {
	const out: ElementContent[] = [];
	for (const node of nodes) {
		if (node.type === 'text') out.push(node);
		else if (node.type === 'element') out.push(...sanitiseElement(node));
	}
	return out;
}

function sanitiseElement(el: Element): ElementContent[] {
	const children = sanitise(el.children);
	if (el.tagName === 'img') {
		const alt = el.properties.alt;
		return typeof alt === 'string' && alt ? [{ type: 'text', value: alt }] : [];
	}
	if (!ALLOWED_TAGS.has(el.tagName)) return children;
	if (el.tagName === 'a') {
		const href = typeof el.properties.href === 'string' ? el.properties.href : '';
		if (!isSafeHref(href)) return children;
		const properties: Element['properties'] = { href };
		if (/^https?:/i.test(href)) properties.rel = ['noopener', 'noreferrer'];
		return [{ type: 'element', tagName: 'a', properties, children }];
	}
	return [{ type: 'element', tagName: el.tagName, properties: {}, children }];
}

function render(hast: ReturnType<typeof toHast>): string {
	const root: HastRoot = {
		type: 'root',
		children: sanitise(hast.type === 'root' ? hast.children : [hast as HastContent])
	};
	return toHtml(root).trim();
}

/** Inline content (a line, a choice) as HTML without a wrapping paragraph. */
export function renderInline(nodes: PhrasingContent[]): string {
	const hast = toHast({ type: 'paragraph', children: trimEdges(nodes) });
	return hast.type === 'element' ? render({ type: 'root', children: hast.children }) : '';
}

/** Block content (the briefing, a feedback blockquote) as HTML. */
export function renderBlocks(nodes: RootContent[]): string {
	return render(toHast({ type: 'root', children: nodes }));
}

/** The words without markup, for screen-reader labels, transcripts and search. */
export function plainText(nodes: readonly PhrasingContent[]): string {
	return trimEdges([...nodes])
		.map(function text(n: PhrasingContent): string {
			if (n.type === 'text') return n.value;
			if (n.type === 'break') return '\n';
			if ('children' in n) return (n.children as PhrasingContent[]).map(text).join('');
			if (n.type === 'image') return n.alt ?? '';
			return '';
		})
		.join('');
}

/**
 * Removing directives leaves stray spaces at the edges ("请讲 `value +1`") and doubled in the middle;
 * trim them so the learner sees the sentence as written.
 */
function trimEdges(nodes: PhrasingContent[]): PhrasingContent[] {
	const out: PhrasingContent[] = [];
	for (const n of nodes) {
		const prev = out[out.length - 1];
		if (n.type === 'text' && prev?.type === 'text') out[out.length - 1] = { ...prev, value: prev.value + n.value };
		else out.push(n);
	}
	out.forEach((n, i) => {
		if (n.type === 'text') out[i] = { ...n, value: n.value.replace(/[ \t]{2,}/g, ' ') };
	});
	const first = out[0];
	if (first?.type === 'text') out[0] = { ...first, value: first.value.replace(/^\s+/, '') };
	const last = out[out.length - 1];
	if (last?.type === 'text') out[out.length - 1] = { ...last, value: last.value.replace(/\s+$/, '') };
	return out.filter((n) => n.type !== 'text' || n.value !== '');
}
