// `peilian play FILE --choices 1,2,1 [--json]`: plays a role-play from the terminal, as a learner would.
import { playUsage } from './usage.js';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatDiagnostic, hasErrors, sortDiagnostics } from '../lib/diagnostics.js';
import { compileRoleplay, replay } from '../lib/roleplay/index.js';
import { projectPath } from './files.js';
import { transcript } from './transcript.js';

const fail = (message: string, code: number) => (console.error(message), code);

export function runPlay(args: string[]): number {
	let parsed;
	try {
		parsed = parseArgs({
			args,
			allowPositionals: true,
			options: { choices: { type: 'string' }, json: { type: 'boolean' } }
		});
	} catch (e) {
		return fail(`${(e as Error).message}\nusage: ${playUsage}`, 2);
	}
	const [file, ...extra] = parsed.positionals;
	if (!file || extra.length > 0 || parsed.values.choices === undefined) return fail(`usage: ${playUsage}`, 2);
	const list = parsed.values.choices.trim();
	const positions = list === '' ? [] : list.split(',').map((p) => p.trim());
	const bad = positions.find((p) => !/^\d+$/.test(p) || Number(p) < 1);
	if (bad !== undefined)
		return fail(`--choices must be positions 1, 2, 3 ... separated by commas; \`${bad}\` is not one`, 2);

	let source: string;
	try {
		source = readFileSync(file, 'utf8');
	} catch {
		return fail(`${file}: cannot read this file`, 2);
	}
	const { roleplay, diagnostics } = compileRoleplay(projectPath(file), source);
	for (const d of sortDiagnostics(diagnostics)) console.error(formatDiagnostic(d));
	if (!roleplay || hasErrors(diagnostics)) return fail(`${projectPath(file)}: cannot play a role-play with errors`, 1);

	const outcome = replay(roleplay, positions.map(Number));
	if (!outcome.ok) {
		const where =
			outcome.position === 0
				? `after choice ${outcome.index}`
				: `choice ${outcome.index + 1} of --choices (position ${outcome.position})`;
		return fail(`step \`${outcome.step}\`, ${where}: ${outcome.reason}`, 2);
	}
	console.log(
		parsed.values.json ? JSON.stringify(outcome.result, null, 2) : transcript(roleplay, outcome.turns, outcome.result)
	);
	return 0;
}
