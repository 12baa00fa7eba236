// The one pass over content/: a Vite plugin that runs the content check (the code `peilian check` runs),
// fails the build with its `path:line:column` diagnostics, and serves the compiled result as the module
// `virtual:peilian/content`, so the server starts with nothing left to parse.
import { relative, resolve, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { readMarkdown } from '../../cli/files.js';
import { formatDiagnostic, hasErrors, sortDiagnostics } from '../diagnostics.js';
import { buildSearchIndex } from '../search/build.js';
import { searchDocuments } from '../search/documents.js';
import { analyseContent } from './check.js';
import { COMPILED_CONTENT_ID, type CompiledContent } from './compiled.js';

const RESOLVED_ID = `\0${COMPILED_CONTENT_ID}`;

/** Compiles every file under `content/`; the diagnostics are sorted and include the errors. */
export function compileContent(files: readonly { path: string; source: string }[]): CompiledContent {
	const { diagnostics, index } = analyseContent(files);
	const byPath = new Map(files.map((f) => [f.path, f.source]));
	const roleplaySources = Object.fromEntries(
		Object.keys(index.roleplays).map((id) => [id, byPath.get(`content/roleplays/${id}.md`) ?? ''])
	);
	const pages = [...index.courses, ...index.courses.flatMap((c) => c.modules), ...index.cases];
	const pageSources = Object.fromEntries(pages.map((p) => [p.path, byPath.get(p.path) ?? '']));
	const searchIndex = buildSearchIndex(searchDocuments(index, (path) => pageSources[path] ?? ''));
	return { index, roleplaySources, pageSources, diagnostics: sortDiagnostics(diagnostics), searchIndex };
}

export function contentPlugin(): Plugin {
	let contentDir = resolve('content');
	const isContent = (file: string) =>
		file.startsWith(contentDir + sep) && (file.endsWith('.md') || file.endsWith('vocabulary.yaml'));
	const reload = (server: ViteDevServer, file: string) => {
		if (!isContent(file)) return;
		for (const environment of Object.values(server.environments)) {
			const mod = environment.moduleGraph.getModuleById(RESOLVED_ID);
			if (mod) environment.moduleGraph.invalidateModule(mod);
		}
		server.ws.send({ type: 'full-reload' });
	};
	return {
		name: 'peilian-content',
		configResolved(config) {
			contentDir = resolve(config.root, 'content');
		},
		resolveId(id) {
			return id === COMPILED_CONTENT_ID ? RESOLVED_ID : undefined;
		},
		load(id) {
			if (id !== RESOLVED_ID) return;
			const root = resolve(contentDir, '..');
			const files = readMarkdown([contentDir]).files.map((f) => ({
				path: relative(root, resolve(f.path)).split(sep).join('/'),
				source: f.source
			}));
			const compiled = compileContent(files);
			if (hasErrors(compiled.diagnostics)) {
				const errors = compiled.diagnostics.filter((d) => d.severity === 'error').length;
				this.error(
					`The content has ${errors} error(s):\n${compiled.diagnostics.map(formatDiagnostic).join('\n')}`
				);
			}
			for (const warning of compiled.diagnostics) this.warn(formatDiagnostic(warning));
			// JSON.parse of one string is faster to start than the same data as an object literal.
			return `export default JSON.parse(${JSON.stringify(JSON.stringify(compiled))});`;
		},
		configureServer(server) {
			// Any change under content/ (an edit, a new or removed file) recompiles on the next request.
			server.watcher.add(contentDir);
			server.watcher.on('add', (file) => reload(server, file));
			server.watcher.on('change', (file) => reload(server, file));
			server.watcher.on('unlink', (file) => reload(server, file));
		}
	};
}
