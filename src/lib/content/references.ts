// References between collections: embedded role-plays and links to cases, courses and role-plays must exist.
import type { Diagnostic } from '../diagnostics.js';
import type { BodyScan, ComponentUse } from './markdown-scan.js';

/** The components a module or case may embed without an import, with the attributes each takes. */
const COMPONENTS: Record<string, { required: string; allowed: string[] }> = {
	RolePlay: { required: 'id', allowed: ['id'] },
	Callout: { required: 'title', allowed: ['title'] }
};

/** The slugs that have a file, whether or not the file is valid: its own errors are reported there. */
export interface PresentSlugs {
	cases: Set<string>;
	/** course -> module slugs */
	courses: Map<string, Set<string>>;
	roleplays: Set<string>;
}

export function checkReferences(bodies: Map<string, BodyScan>, present: PresentSlugs): Diagnostic[] {
	const diagnostics: Diagnostic[] = [];
	const { cases, courses, roleplays: roleplayIds } = present;

	for (const [path, body] of bodies) {
		const error = (at: { line: number; column: number }, message: string) =>
			diagnostics.push({ path, line: at.line, column: at.column, severity: 'error', message });
		for (const use of body.components) {
			for (const message of componentProblems(use, roleplayIds)) error(use, message);
		}
		for (const link of body.links) {
			const message = linkProblem(link.url, cases, courses, roleplayIds);
			if (message) error(link, message);
		}
	}
	return diagnostics;
}

function componentProblems(use: ComponentUse, roleplayIds: Set<string>): string[] {
	const spec = COMPONENTS[use.name];
	if (!spec) return [`unknown component \`<${use.name}>\`: content can embed ${Object.keys(COMPONENTS).map((n) => `<${n}>`).join(' and ')}`];
	const problems: string[] = [];
	for (const name of use.dynamic) problems.push(`\`<${use.name} ${name}={...}>\`: write the value in quotes, content cannot compute it`);
	for (const name of Object.keys(use.attributes)) {
		if (!spec.allowed.includes(name)) problems.push(`\`<${use.name}>\` has no attribute \`${name}\` (it takes ${spec.allowed.join(', ')})`);
	}
	const value = use.attributes[spec.required];
	if (value === undefined && !use.dynamic.includes(spec.required)) {
		problems.push(`\`<${use.name}>\` needs a \`${spec.required}\` attribute`);
	} else if (use.name === 'RolePlay' && value !== undefined && !roleplayIds.has(value)) {
		problems.push(`no role-play with id \`${value}\` (expected content/roleplays/${value}.md)`);
	}
	return problems;
}

/** Site links into the content collections; other addresses belong to other features and are left alone. */
function linkProblem(
	url: string,
	cases: Set<string>,
	courses: Map<string, Set<string>>,
	roleplayIds: Set<string>
): string | null {
	if (!url.startsWith('/') || url.startsWith('//')) return null;
	const segments = url.replace(/[?#].*$/, '').replace(/\/$/, '').split('/').slice(1).map(decodeURIComponent);
	const [collection, first, second, ...rest] = segments;
	if (first === undefined) return null;
	if (collection === 'cases') {
		return second === undefined && cases.has(first) ? null : `link to \`${url}\`: no case with slug \`${segments.slice(1).join('/')}\``;
	}
	if (collection === 'roleplays') {
		return second === undefined && roleplayIds.has(first) ? null : `link to \`${url}\`: no role-play with id \`${segments.slice(1).join('/')}\``;
	}
	if (collection === 'courses') {
		const modules = courses.get(first);
		if (!modules) return `link to \`${url}\`: no course \`${first}\``;
		if (second !== undefined && (!modules.has(second) || rest.length > 0)) {
			return `link to \`${url}\`: course \`${first}\` has no module \`${segments.slice(2).join('/')}\``;
		}
	}
	return null;
}
