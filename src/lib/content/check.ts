// The content check: every course, module, case and role-play file, and the references between them,
// in one pass over plain strings (no file system), so the build, the server and `peilian check` agree.
import type { z } from 'zod';
import type { Diagnostic } from '../diagnostics.js';
import { compileRoleplay } from '../roleplay/index.js';
import type { Roleplay } from '../roleplay/types.js';
import { readFrontMatter, type FrontMatter, type Problem } from '../frontmatter.js';
import { schemaProblems } from './frontmatter.js';
import { scanBody, type BodyScan } from './markdown-scan.js';
import { punctuationWarnings } from './punctuation.js';
import { checkReferences, type PresentSlugs } from './references.js';
import { caseSchema, courseSchema, moduleSchema } from './schemas.js';
import type { CaseEntry, CourseEntry, ModuleEntry } from './types.js';
import { checkVocabularyUse, emptyVocabulary, readVocabulary, VOCABULARY_PATH, type Vocabulary } from './vocabulary.js';

export interface ContentFile {
	/** relative to the project root, e.g. `content/cases/kitchen-showroom.md` */
	path: string;
	source: string;
}

export interface ContentIndex {
	/** by slug order */
	courses: CourseEntry[];
	/** newest first */
	cases: CaseEntry[];
	roleplays: Record<string, Roleplay>;
	/** the interface vocabulary (content/vocabulary.yaml); empty when the files given have none */
	vocabulary: Vocabulary;
}

export interface ContentAnalysis {
	diagnostics: Diagnostic[];
	index: ContentIndex;
	/** the body scan of every course, module and case, for the reference check */
	bodies: Map<string, BodyScan>;
}

const SLUG = /^[a-z0-9][a-z0-9-]*$/;
const MODULE_FILE = /^(\d+)-(.+)\.md$/;

/** Every problem in the content, all at once. Pass every file under `content/`: references need them all. */
export function checkContentFiles(files: readonly ContentFile[]): Diagnostic[] {
	return analyseContent(files).diagnostics;
}

export function analyseContent(files: readonly ContentFile[]): ContentAnalysis {
	const diagnostics: Diagnostic[] = [];
	const bodies = new Map<string, BodyScan>();
	const index: ContentIndex = { courses: [], cases: [], roleplays: {}, vocabulary: emptyVocabulary() };
	let hasVocabulary = false;
	const roleplaySources: { roleplay: Roleplay; path: string; source: string }[] = [];
	const sources = new Map<string, string>();
	const moduleFiles: ModuleFile[] = [];
	const modules: ModuleEntry[] = [];
	const courseFiles = new Map<string, string>();
	const present: PresentSlugs = { cases: new Set(), courses: new Map(), roleplays: new Set() };

	for (const file of files) {
		const path = file.path.replaceAll('\\', '/').replace(/^\.\//, '');
		const source = file.source.replaceAll('\r\n', '\n');
		const report = (p: Problem) => diagnostics.push({ path, severity: 'error', ...p });
		const parts = path.split('/');
		const name = parts.at(-1) ?? '';
		sources.set(path, source);
		if (path !== VOCABULARY_PATH) diagnostics.push(...punctuationWarnings(path, source));

		if (path === VOCABULARY_PATH) {
			const read = readVocabulary(source);
			index.vocabulary = read.vocabulary;
			hasVocabulary = true;
			diagnostics.push(...read.diagnostics);
		} else if (parts.length === 3 && parts[0] === 'content' && parts[1] === 'roleplays') {
			present.roleplays.add(name.replace(/\.md$/, ''));
			const { roleplay, diagnostics: found } = compileRoleplay(path, source);
			diagnostics.push(...found);
			if (roleplay) {
				index.roleplays[roleplay.id] = roleplay;
				roleplaySources.push({ roleplay, path, source });
			}
		} else if (parts.length === 3 && parts[0] === 'content' && parts[1] === 'cases') {
			const slug = name.replace(/\.md$/, '');
			present.cases.add(slug);
			checkSlug(slug, 'case', report);
			const data = readEntry(source, caseSchema, report, bodies, path);
			if (data) index.cases.push({ ...data, slug, path, url: `/cases/${slug}`, headings: bodies.get(path)!.headings });
		} else if (parts.length === 4 && parts[0] === 'content' && parts[1] === 'courses' && name === 'index.md') {
			const course = parts[2];
			checkSlug(course, 'course folder', report);
			courseFiles.set(course, path);
			if (!present.courses.has(course)) present.courses.set(course, new Set());
			const data = readEntry(source, courseSchema, report, bodies, path);
			if (data) {
				index.courses.push({ ...data, slug: course, path, url: `/courses/${course}`, minutes: 0, modules: [], headings: bodies.get(path)!.headings });
			}
		} else if (parts.length === 4 && parts[0] === 'content' && parts[1] === 'courses') {
			const course = parts[2];
			const match = MODULE_FILE.exec(name);
			if (!match) {
				report({ line: 1, column: 1, message: `module file name must be a number, a dash and a slug, such as \`01-${name.replace(/\.md$/, '')}.md\`` });
				continue;
			}
			const [slug, number] = [match[2], Number(match[1])];
			present.courses.set(course, (present.courses.get(course) ?? new Set()).add(slug));
			moduleFiles.push({ course, slug, number, path });
			checkSlug(slug, 'module', report);
			const data = readEntry(source, moduleSchema, report, bodies, path);
			if (data) modules.push({ ...data, course, slug, number, path, url: `/courses/${course}/${slug}`, headings: bodies.get(path)!.headings });
		} else {
			report({ line: 1, column: 1, message: 'not part of any collection: courses go in content/courses/<course>/, cases in content/cases/, role-plays in content/roleplays/' });
		}
	}

	checkModuleFiles(moduleFiles, courseFiles, diagnostics);
	attachModules(index, modules);
	index.courses.sort((a, b) => a.slug.localeCompare(b.slug));
	index.cases.sort((a, b) => b.published.localeCompare(a.published) || a.slug.localeCompare(b.slug));
	diagnostics.push(...checkReferences(bodies, present));
	if (hasVocabulary)
		diagnostics.push(...checkVocabularyUse(index.vocabulary, { roleplays: roleplaySources, cases: index.cases, modules, sources }));
	return { diagnostics, index, bodies };
}

function checkSlug(slug: string, what: string, report: (p: Problem) => void): void {
	if (!SLUG.test(slug)) {
		report({ line: 1, column: 1, message: `${what} name \`${slug}\` must be lower-case letters, digits and dashes: it becomes the page's address` });
	}
}

/** Front matter checked against its schema, and the body scanned; null when the front matter is unusable. */
function readEntry<S extends z.ZodType>(
	source: string,
	schema: S,
	report: (p: Problem) => void,
	bodies: Map<string, BodyScan>,
	path: string
): z.output<S> | null {
	const { frontMatter, problems } = readFrontMatter(source);
	problems.forEach(report);
	bodies.set(path, scanBody(source));
	if (!frontMatter) return null;
	return validate(frontMatter, schema, report);
}

function validate<S extends z.ZodType>(frontMatter: FrontMatter, schema: S, report: (p: Problem) => void): z.output<S> | null {
	const result = schema.safeParse(frontMatter.data);
	if (result.success) return result.data;
	schemaProblems(frontMatter, result.error.issues).forEach(report);
	return null;
}

/** A module file as named, valid or not: order and uniqueness come from file names alone. */
interface ModuleFile {
	course: string;
	slug: string;
	number: number;
	path: string;
}

/** Reports modules that share a slug or a number, modules of a course with no index.md, courses with no modules. */
function checkModuleFiles(files: ModuleFile[], courseFiles: Map<string, string>, diagnostics: Diagnostic[]): void {
	const error = (path: string, message: string) => diagnostics.push({ path, line: 1, column: 1, severity: 'error', message });
	const sorted = [...files].sort((a, b) => a.number - b.number || a.path.localeCompare(b.path));
	const seen = new Map<string, string>();
	const orphans = new Set<string>();
	for (const file of sorted) {
		const slugKey = `${file.course}/${file.slug}`;
		const numberKey = `${file.course}#${file.number}`;
		if (seen.has(slugKey)) error(file.path, `duplicate module slug \`${file.slug}\`: ${seen.get(slugKey)} already uses it`);
		if (seen.has(numberKey)) error(file.path, `duplicate module number ${file.number}: ${seen.get(numberKey)} already uses it, so the order is ambiguous`);
		seen.set(slugKey, seen.get(slugKey) ?? file.path);
		seen.set(numberKey, seen.get(numberKey) ?? file.path);
		if (!courseFiles.has(file.course) && !orphans.has(file.course)) {
			orphans.add(file.course);
			error(file.path, `course \`${file.course}\` has no index.md describing it`);
		}
	}
	for (const [course, path] of courseFiles) {
		if (!files.some((f) => f.course === course)) error(path, `course \`${course}\` has no modules: add files such as 01-<slug>.md beside index.md`);
	}
}

/** Gives each course its modules in order, and its total reading time. */
function attachModules(index: ContentIndex, modules: ModuleEntry[]): void {
	for (const course of index.courses) {
		course.modules = modules.filter((m) => m.course === course.slug).sort((a, b) => a.number - b.number || a.path.localeCompare(b.path));
		course.minutes = course.modules.reduce((sum, m) => sum + m.minutes, 0);
	}
}
