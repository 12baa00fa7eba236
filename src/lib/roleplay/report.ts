// Collects a file's problems so that all of them are reported at once, each with its place.
import type { Diagnostic, Pos, Severity } from '../diagnostics.js';
import type { Node } from 'unist';

export type Report = (pos: Pos, message: string, severity?: Severity) => void;

export function collector(path: string): { report: Report; diagnostics: Diagnostic[] } {
	const diagnostics: Diagnostic[] = [];
	const report: Report = (pos, message, severity = 'error') =>
		diagnostics.push({ path, line: pos.line, column: pos.column, severity, message });
	return { report, diagnostics };
}

export function posOf(node: Node | undefined): Pos {
	return { line: node?.position?.start.line ?? 1, column: node?.position?.start.column ?? 1 };
}
