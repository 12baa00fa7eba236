// A problem found in a trainer's file, reported the way editors and compilers do: `path:line:column: message`.
export type Severity = 'error' | 'warning';

/** A place in a file. */
export interface Pos {
	/** 1-based */
	line: number;
	/** 1-based */
	column: number;
}

export interface Diagnostic extends Pos {
	path: string;
	severity: Severity;
	message: string;
}

export function formatDiagnostic(d: Diagnostic): string {
	const prefix = d.severity === 'warning' ? 'warning: ' : '';
	return `${d.path}:${d.line}:${d.column}: ${prefix}${d.message}`;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
	return diagnostics.some((d) => d.severity === 'error');
}

/** Stable order for printing: by file, then position. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
	return [...diagnostics].sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line || a.column - b.column);
}
