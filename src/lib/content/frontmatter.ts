// How a content collection's schema complaints read: each one at the key the trainer wrote.
import type { z } from 'zod';
import type { FrontMatter, Problem } from '../frontmatter.js';
import { EXPECTED } from './schemas.js';

/** Turns a schema's complaints into problems at the offending keys, every one of them. */
export function schemaProblems(frontMatter: FrontMatter, issues: readonly z.core.$ZodIssue[]): Problem[] {
	const problems: Problem[] = [];
	for (const issue of issues) {
		if (issue.code === 'unrecognized_keys') {
			for (const key of issue.keys) {
				const { line, column } = frontMatter.locate([...issue.path, key]);
				problems.push(at(line, column, `unknown key \`${key}\` in front matter`));
			}
			continue;
		}
		const key = String(issue.path[0] ?? '');
		const value = valueAt(frontMatter.data, issue.path);
		const { line, column } = frontMatter.locate(issue.path);
		if (value === undefined && issue.path.length === 1) {
			problems.push(at(line, column, `missing required key \`${key}\`: ${EXPECTED[key] ?? 'required'}`));
		} else if (issue.path.length === 1 && issue.code === 'custom') {
			problems.push(at(line, column, `\`${key}\` ${issue.message}: ${show(value)}`));
		} else if (issue.path.length === 1) {
			problems.push(at(line, column, `\`${key}\` must be ${EXPECTED[key] ?? 'valid'}, not ${show(value)}`));
		} else {
			const item = Number(issue.path[1]) + 1;
			problems.push(at(line, column, `\`${key}\` item ${item}: ${issue.message.replace(/^Invalid input: /, '')}`));
		}
	}
	return problems;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let value = data;
	for (const segment of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PropertyKey, unknown>)[segment];
	}
	return value;
}

function show(value: unknown): string {
	return value === null ? 'an empty value' : `\`${JSON.stringify(value)}\``;
}

function at(line: number, column: number, message: string): Problem {
	return { line, column, message };
}
