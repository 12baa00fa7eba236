// `peilian check [PATHS...]`: every problem in the content, as `path:line:column: message`.
import { checkUsage } from './usage.js';
import { parseArgs } from 'node:util';
import { formatDiagnostic, hasErrors, sortDiagnostics } from '../lib/diagnostics.js';
import { checkContentFiles } from '../lib/content/check.js';
import { readMarkdown } from './files.js';

/**
 * `--strict` fails on warnings too, for content that must be clean (the bundled role-plays).
 * All of content/ is always read, because a module may launch a role-play or link a case named
 * elsewhere; only the problems of the files under PATHS are printed.
 */
export function runCheck(args: string[]): number {
	let parsed;
	try {
		parsed = parseArgs({ args, allowPositionals: true, options: { strict: { type: 'boolean' } } });
	} catch (e) {
		console.error(`${(e as Error).message}\nusage: ${checkUsage}`);
		return 2;
	}
	const strict = parsed.values.strict === true;
	const named = parsed.positionals.length > 0 ? parsed.positionals : ['content'];
	const { files: wanted, missing } = readMarkdown(named);
	for (const path of missing) console.error(`${path}: no such file or folder`);
	if (missing.length > 0) return 2;
	const everything = new Map(readMarkdown(['content']).files.map((f) => [f.path, f]));
	for (const f of wanted) everything.set(f.path, f);
	const selected = new Set(wanted.map((f) => f.path));
	const diagnostics = sortDiagnostics(checkContentFiles([...everything.values()]).filter((d) => selected.has(d.path)));
	for (const d of diagnostics) console.log(formatDiagnostic(d));
	const errors = diagnostics.filter((d) => d.severity === 'error').length;
	const warnings = diagnostics.length - errors;
	console.error(
		`checked ${wanted.length} file${wanted.length === 1 ? '' : 's'}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`
	);
	return hasErrors(diagnostics) || (strict && warnings > 0) ? 1 : 0;
}
