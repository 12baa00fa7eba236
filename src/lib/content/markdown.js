// Build-time steps for trainers' markdown (used by svelte.config.js, hence plain JS): headings get the
// same anchors the content index computes, and <RolePlay>/<Callout> work without an import line.
import GithubSlugger from 'github-slugger';

/** @typedef {{ type: string, tagName?: string, value?: string, properties?: Record<string, unknown>, children?: HastNode[] }} HastNode */

/** rehype plugin: an `id` on every heading, github-slugger style (CJK kept), in document order. */
export function rehypeHeadingIds() {
	/** @param {HastNode} tree */
	return (tree) => {
		const slugger = new GithubSlugger();
		/** @param {HastNode} node */
		const visit = (node) => {
			if (node.type === 'element' && /^h[1-6]$/.test(node.tagName ?? '')) {
				node.properties = { ...node.properties, id: slugger.slug(textOf(node)) };
			}
			for (const child of node.children ?? []) visit(child);
		};
		visit(tree);
	};
}

/**
 * @param {HastNode} node
 * @returns {string}
 */
function textOf(node) {
	if (node.type === 'text') return node.value ?? '';
	return (node.children ?? []).map(textOf).join('');
}

const COMPONENTS = {
	RolePlay: '$lib/components/RolePlay.svelte',
	Callout: '$lib/components/Callout.svelte'
};

/**
 * Svelte preprocessor, after mdsvex: imports the content components a markdown file uses.
 * @returns {import('svelte/compiler').PreprocessorGroup}
 */
export function contentComponents() {
	return {
		name: 'peilian-content-components',
		markup({ content, filename }) {
			if (!filename?.endsWith('.md')) return;
			const imports = Object.entries(COMPONENTS)
				.filter(([name]) => new RegExp(`<${name}\\b`).test(content) && !new RegExp(`import\\s+${name}\\b`).test(content))
				.map(([name, from]) => `import ${name} from '${from}';`);
			if (imports.length === 0) return;
			const instance = /<script(?![^>]*\b(context\s*=\s*["']module["']|module)\b)[^>]*>/.exec(content);
			if (instance) {
				const at = instance.index + instance[0].length;
				return { code: `${content.slice(0, at)}\n${imports.join('\n')}${content.slice(at)}` };
			}
			return { code: `<script>\n${imports.join('\n')}\n</script>\n${content}` };
		}
	};
}
