// Every way into the app, read from src/routes: each page (GET), each endpoint method and each form
// action. A route added later shows up here by itself, so the access matrix cannot forget it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Entry {
	/** e.g. `GET /team/[learner]`, `POST /team/[learner]?/comment` */
	key: string;
	method: string;
	routeId: string;
	/** form action name, for POSTs to a page */
	action?: string;
}

export function enumerateRoutes(root = 'src/routes'): Entry[] {
	const entries: Entry[] = [];
	const walk = (dir: string, routeId: string) => {
		const files = readdirSync(dir, { withFileTypes: true });
		const has = (name: string) => files.some((f) => f.isFile() && f.name === name);
		if (has('+page.svelte') || has('+page.server.ts') || has('+page.ts')) {
			entries.push({ key: `GET ${routeId}`, method: 'GET', routeId });
			if (has('+page.server.ts')) {
				for (const action of formActions(readFileSync(join(dir, '+page.server.ts'), 'utf8'))) {
					entries.push({ key: `POST ${routeId}?/${action}`, method: 'POST', routeId, action });
				}
			}
		}
		if (has('+server.ts')) {
			const source = readFileSync(join(dir, '+server.ts'), 'utf8');
			for (const [, method] of source.matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)) {
				entries.push({ key: `${method} ${routeId}`, method, routeId });
			}
		}
		for (const f of files) {
			if (!f.isDirectory()) continue;
			// (group) folders do not appear in the URL
			const segment = /^\(.*\)$/.test(f.name) ? '' : `/${f.name}`;
			walk(join(dir, f.name), `${routeId === '/' ? '' : routeId}${segment}` || '/');
		}
	};
	if (!existsSync(root)) throw new Error(`no ${root}`);
	walk(root, '/');
	return entries.sort((a, b) => a.key.localeCompare(b.key));
}

/** The keys of `export const actions = { ... }`: the top level of the object, split at commas. */
function formActions(source: string): string[] {
	const start = source.search(/export const actions\b[^=]*=\s*\{/);
	if (start < 0) return [];
	const open = source.indexOf('{', source.indexOf('=', start));
	let depth = 0;
	let topLevel = '';
	for (let i = open; i < source.length; i++) {
		const c = source[i];
		if ('{(['.includes(c)) depth++;
		if ('})]'.includes(c)) depth--;
		if (depth === 0) break;
		// Anything nested (function bodies, arguments) is blanked, so only the keys' level remains.
		topLevel += depth === 1 && i > open ? c : ' ';
	}
	return topLevel
		.split(',')
		.map((entry) => /^\s*(?:async\s+)?([A-Za-z_$][\w$]*)/.exec(entry)?.[1])
		.filter((key): key is string => key !== undefined);
}
