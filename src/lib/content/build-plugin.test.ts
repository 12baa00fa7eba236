// The content build step: what `npm run build` does with good and bad content.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ResolvedConfig } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { contentPlugin } from './build-plugin';
import type { CompiledContent } from './compiled';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

function project(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'peilian-plugin-'));
	roots.push(root);
	for (const [path, source] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), source);
	}
	return root;
}

/** Runs the plugin as Vite would for `import 'virtual:peilian/content'`; a build error is thrown. */
function build(root: string): { compiled: CompiledContent; warnings: string[] } {
	const plugin = contentPlugin();
	(plugin.configResolved as (config: ResolvedConfig) => void)({ root } as ResolvedConfig);
	const id = (plugin.resolveId as (id: string) => string)('virtual:peilian/content');
	const warnings: string[] = [];
	const context = {
		error: (message: string) => {
			throw new Error(message);
		},
		warn: (message: string) => warnings.push(message)
	};
	const code = (plugin.load as (this: typeof context, id: string) => string).call(context, id);
	const json = JSON.parse(code.replace(/^export default JSON\.parse\(/, '').replace(/\);$/, '')) as string;
	return { compiled: JSON.parse(json) as CompiledContent, warnings };
}

const roleplay = readFileSync('content/roleplays/price-too-high.md', 'utf8');

describe('the content build step', () => {
	it('hands over the compiled role-play with its version and source, and a search index', () => {
		const { compiled } = build(project({ 'content/roleplays/price-too-high.md': roleplay }));
		const rp = compiled.index.roleplays['price-too-high'];
		expect(rp.title).toBe('价格太高，我买不起');
		expect(rp.version).toMatch(/^[0-9a-f]{64}$/);
		expect(compiled.roleplaySources['price-too-high']).toBe(roleplay);
		expect(compiled.searchIndex.docs.map((d) => d.url)).toContain('/roleplays/price-too-high');
	});

	it('fails the build naming the file, line and column of every error', () => {
		const broken = roleplay.replace('[→](#ask)', '[→](#nowhere)');
		const root = project({ 'content/roleplays/price-too-high.md': broken, 'content/notes.md': '# stray' });
		expect(() => build(root)).toThrow(/content\/notes\.md:1:1: not part of any collection/);
		expect(() => build(root)).toThrow(/content\/roleplays\/price-too-high\.md:\d+:\d+: .*nowhere/);
	});
});
