import { describe, expect, it } from 'vitest';
import { formatDiagnostic, sortDiagnostics } from '../diagnostics';
import { analyseContent, checkContentFiles, type ContentFile } from './check';
import { courseIndex, firstModule, roleplay, secondModule, showroomCase, validFiles, withFile } from './fixtures/valid';

const problems = (files: ContentFile[]) => sortDiagnostics(checkContentFiles(files)).map(formatDiagnostic);
const MODULE = 'content/courses/basics/01-who-is-the-customer.md';
const CASE = 'content/cases/showroom.md';

describe('checkContentFiles on valid content', () => {
	it('reports nothing and indexes courses, ordered modules, cases and role-plays by slug', () => {
		const { diagnostics, index } = analyseContent(validFiles().reverse());
		expect(diagnostics).toEqual([]);
		expect(index.courses.map((c) => [c.slug, c.minutes, c.modules.map((m) => m.slug)])).toEqual([
			['basics', 25, ['who-is-the-customer', 'trust']]
		]);
		expect(index.cases[0]).toMatchObject({ slug: 'showroom', url: '/cases/showroom', level: 1, published: '2026-09-08' });
		expect(Object.keys(index.roleplays)).toEqual(['price-too-high']);
		expect(index.courses[0].modules[1].lang).toBe('zh');
	});

	it('gives headings the anchors the rendered page uses, CJK kept and duplicates numbered', () => {
		const source = firstModule.replace('## 四种动机', '## 四种动机\n\n## MAN：三个要件\n\n## 四种动机');
		const { index } = analyseContent(withFile(MODULE, source));
		expect(index.courses[0].modules[0].headings.map((h) => h.id)).toEqual(['四种动机', 'man三个要件', '四种动机-1']);
	});
});

describe('checkContentFiles reports every content error with its position', () => {
	it('a file with no front matter', () => {
		expect(problems(withFile(CASE, '## 背景\n'))).toEqual([
			'content/cases/showroom.md:1:1: front matter missing: the file must start with a `---` line, then YAML keys, then `---`'
		]);
	});

	it('front matter that is never closed', () => {
		expect(problems(withFile(CASE, '---\ntitle: x\n'))).toEqual([
			'content/cases/showroom.md:1:1: front matter is not closed: add a `---` line after the last key'
		]);
	});

	it('front matter that is not YAML, where the YAML parser gives up', () => {
		const source = showroomCase.replace('level: 1', 'level: [1');
		expect(problems(withFile(CASE, source))).toEqual([
			'content/cases/showroom.md:7:1: front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]'
		]);
	});

	it('front matter that is a list rather than keys', () => {
		expect(problems(withFile(CASE, '---\n- a\n- b\n---\n'))).toEqual([
			'content/cases/showroom.md:1:1: front matter must be YAML keys and values (`title: ...`)'
		]);
	});

	it('a key written twice', () => {
		const source = showroomCase.replace('level: 1', 'level: 1\nlevel: 2');
		expect(problems(withFile(CASE, source))[0]).toMatch(/^content\/cases\/showroom\.md:7:1: front matter is not valid YAML: Map keys must be unique/);
	});

	it('a missing key, at the opening line', () => {
		const source = courseIndex.replace('audience: 新入职的销售\n', '');
		expect(problems(withFile('content/courses/basics/index.md', source))).toEqual([
			'content/courses/basics/index.md:1:1: missing required key `audience`: a non-empty string'
		]);
	});

	it('a value of the wrong type, at its key', () => {
		const source = firstModule.replace('minutes: 15', 'minutes: 十五');
		expect(problems(withFile(MODULE, source))).toEqual([
			'content/courses/basics/01-who-is-the-customer.md:4:1: `minutes` must be a positive whole number of minutes, not `"十五"`'
		]);
	});

	it('a level outside 1 to 3', () => {
		const source = showroomCase.replace('level: 1', 'level: 4');
		expect(problems(withFile(CASE, source))).toEqual(['content/cases/showroom.md:6:1: `level` must be 1, 2 or 3, not `4`']);
	});

	it('an unknown key, at the key', () => {
		const source = showroomCase.replace('lang: zh', 'lang: zh\ntags: [a]');
		expect(problems(withFile(CASE, source))).toEqual(['content/cases/showroom.md:11:1: unknown key `tags` in front matter']);
	});

	it('a skill label outside the vocabulary, at the list item', () => {
		const source = firstModule.replace('  - 提问', '  - 提问题');
		expect(problems(withFile(MODULE, source))).toEqual([
			'content/courses/basics/01-who-is-the-customer.md:7:5: `skills` item 2: unknown skill `提问题`; use one of 客户甄别, 提问, 倾听, 共情, 建立信任, 价值呈现, 异议处理, 促成, 客户维护, 大客户经营'
		]);
	});

	it('a date that does not exist', () => {
		const source = showroomCase.replace('2026-09-08', '2026-02-30');
		expect(problems(withFile(CASE, source))).toEqual(['content/cases/showroom.md:9:1: `published` is not a real date: `"2026-02-30"`']);
	});

	it('several problems in one file, all at once', () => {
		const source = showroomCase.replace('level: 1', 'level: high').replace('industry: 家电零售\n', '').replace('lang: zh', 'lang: zh\nauthor: 王');
		expect(problems(withFile(CASE, source))).toEqual([
			'content/cases/showroom.md:1:1: missing required key `industry`: a non-empty string',
			'content/cases/showroom.md:5:1: `level` must be 1, 2 or 3, not `"high"`',
			'content/cases/showroom.md:10:1: unknown key `author` in front matter'
		]);
	});

	it('a module embedding a role-play that does not exist, at the tag', () => {
		const source = firstModule.replace('<RolePlay id="price-too-high" />', 'Try it: <RolePlay id="too-expensive" />');
		expect(problems(withFile(MODULE, source))).toEqual([
			'content/courses/basics/01-who-is-the-customer.md:21:9: no role-play with id `too-expensive` (expected content/roleplays/too-expensive.md)'
		]);
	});

	it('a role-play embedded without an id, or with a computed one', () => {
		const source = firstModule.replace('<RolePlay id="price-too-high" />', '<RolePlay />\n\n<RolePlay id={x} />');
		expect(problems(withFile(MODULE, source))).toEqual([
			'content/courses/basics/01-who-is-the-customer.md:21:1: `<RolePlay>` needs a `id` attribute',
			'content/courses/basics/01-who-is-the-customer.md:23:1: `<RolePlay id={...}>`: write the value in quotes, content cannot compute it'
		]);
	});

	it('an unknown component, a callout with no title and an unknown attribute', () => {
		const source = firstModule.replace('<Callout title="要点">', '<Callout>').replace('<RolePlay id="price-too-high" />', '<Quiz />\n\n<RolePlay id="price-too-high" size="big" />');
		expect(problems(withFile(MODULE, source))).toEqual([
			'content/courses/basics/01-who-is-the-customer.md:15:1: `<Callout>` needs a `title` attribute',
			'content/courses/basics/01-who-is-the-customer.md:21:1: unknown component `<Quiz>`: content can embed <RolePlay> and <Callout>',
			'content/courses/basics/01-who-is-the-customer.md:23:1: `<RolePlay>` has no attribute `size` (it takes id)'
		]);
	});

	it('links to a case, course, module or role-play that does not exist, at the link', () => {
		const source = firstModule.replace(
			'读案例[厨电展台](/cases/showroom)，再看[下一课](/courses/basics/trust)。',
			'见[案例](/cases/kitchen)、[课](/courses/advanced)、[模块](/courses/basics/closing#练习)和[陪练](/roleplays/nope)。'
		);
		expect(problems(withFile(MODULE, source))).toEqual([
			'content/courses/basics/01-who-is-the-customer.md:13:2: link to `/cases/kitchen`: no case with slug `kitchen`',
			'content/courses/basics/01-who-is-the-customer.md:13:23: link to `/courses/advanced`: no course `advanced`',
			'content/courses/basics/01-who-is-the-customer.md:13:46: link to `/courses/basics/closing#练习`: course `basics` has no module `closing`',
			'content/courses/basics/01-who-is-the-customer.md:13:79: link to `/roleplays/nope`: no role-play with id `nope`'
		]);
	});

	it('leaves links inside code and to other parts of the site alone', () => {
		const source = firstModule.replace('## 四种动机', '## 四种动机\n\n`[x](/cases/nope)` and [login](/login) and [site](https://example.com/cases/x)');
		expect(problems(withFile(MODULE, source))).toEqual([]);
	});

	it('a reference to a case whose own front matter is broken is not reported twice', () => {
		const files = withFile(CASE, showroomCase.replace('level: 1', 'level: 9'));
		expect(problems(files)).toEqual(['content/cases/showroom.md:6:1: `level` must be 1, 2 or 3, not `9`']);
	});

	it('two modules with the same slug, and two with the same number', () => {
		const files = [
			...validFiles(),
			{ path: 'content/courses/basics/03-trust.md', source: secondModule },
			{ path: 'content/courses/basics/02-closing.md', source: secondModule }
		];
		expect(problems(files)).toEqual([
			'content/courses/basics/02-trust.md:1:1: duplicate module number 2: content/courses/basics/02-closing.md already uses it, so the order is ambiguous',
			'content/courses/basics/03-trust.md:1:1: duplicate module slug `trust`: content/courses/basics/02-trust.md already uses it'
		]);
	});

	it('a module file without a number, and a slug that cannot be an address', () => {
		const files = [
			...validFiles(),
			{ path: 'content/courses/basics/intro.md', source: secondModule },
			{ path: 'content/cases/Big Bank.md', source: showroomCase }
		];
		expect(problems(files)).toEqual([
			'content/cases/Big Bank.md:1:1: case name `Big Bank` must be lower-case letters, digits and dashes: it becomes the page\'s address',
			'content/courses/basics/intro.md:1:1: module file name must be a number, a dash and a slug, such as `01-intro.md`'
		]);
	});

	it('a course with no index.md, a course with no modules, a file outside the collections', () => {
		const files = [
			...validFiles(),
			{ path: 'content/courses/orphan/01-a.md', source: secondModule },
			{ path: 'content/courses/empty/index.md', source: courseIndex },
			{ path: 'content/notes.md', source: '# notes' }
		];
		expect(problems(files)).toEqual([
			'content/courses/empty/index.md:1:1: course `empty` has no modules: add files such as 01-<slug>.md beside index.md',
			'content/courses/orphan/01-a.md:1:1: course `orphan` has no index.md describing it',
			'content/notes.md:1:1: not part of any collection: courses go in content/courses/<course>/, cases in content/cases/, role-plays in content/roleplays/'
		]);
	});

	it('a role-play with errors, reported by the role-play compiler in the same list', () => {
		const broken = roleplay.replace('[→](#won)', '[→](#nowhere)');
		const found = problems(withFile('content/roleplays/price-too-high.md', broken));
		expect(found.length).toBeGreaterThan(0);
		expect(found[0]).toMatch(/^content\/roleplays\/price-too-high\.md:13:\d+: .*nowhere/);
	});

	it('Windows line endings give the same positions', () => {
		const source = showroomCase.replace('level: 1', 'level: 4').replaceAll('\n', '\r\n');
		expect(problems(withFile(CASE, source))).toEqual(['content/cases/showroom.md:6:1: `level` must be 1, 2 or 3, not `4`']);
	});
});
