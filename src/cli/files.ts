// Reading trainers' files for the command line: the engine itself never touches the file system.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface SourceFile {
	/** relative to the project root (the working directory), with forward slashes */
	path: string;
	source: string;
}

export function projectPath(path: string): string {
	return relative(process.cwd(), path).split(sep).join('/');
}

/** Every `.md` file (and the vocabulary) under the given files and folders, sorted; names the paths that do not exist. */
export function readMarkdown(paths: readonly string[]): { files: SourceFile[]; missing: string[] } {
	const found = new Set<string>();
	const missing: string[] = [];
	const walk = (path: string) => {
		const stat = statSync(path, { throwIfNoEntry: false });
		if (!stat) missing.push(path);
		else if (stat.isDirectory()) for (const entry of readdirSync(path)) walk(join(path, entry));
		else if (path.endsWith('.md') || projectPath(path) === 'content/vocabulary.yaml') found.add(projectPath(path));
	};
	paths.forEach(walk);
	const files = [...found].sort().map((path) => ({ path, source: readFileSync(path, 'utf8') }));
	return { files, missing };
}
