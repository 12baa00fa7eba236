import { describe, expect, it } from 'vitest';
import { FRONT, file, problems } from './fixtures/build.js';

const BODY = `## 开场 {#start}

太贵了。

- 先看看价值。 [→](#won) \`value +2\` \`if trust >= 0\`
- 那打个折。 [→](#lost) \`value -1\`

## 成交 {#won}

\`end won\`

## 走了 {#lost}

\`end lost\`
`;

const withFront = (front: string) => file(BODY, `---\n${front}\n---\n`);

describe('front matter errors point at the key or value the trainer wrote', () => {
	it('a file without front matter is reported at 1:1', () => {
		expect(problems(BODY)).toContain(
			'1:1 error front matter missing: start the file with a `---` line, the YAML keys, and a closing `---` line'
		);
	});

	it('front matter that is not YAML is reported where the YAML breaks', () => {
		const found = problems(withFront('title: T\nsummary: a: b\npersona: P\nskills:\n  value: V'));
		expect(found).toContain(
			'3:10 error front matter is not valid YAML: Nested mappings are not allowed in compact mappings'
		);
	});

	it('a missing required key is reported at the opening ---', () => {
		expect(problems(withFront('title: T\nsummary: S\nskills:\n  value: V'))).toContain(
			'1:1 error front matter is missing the required key `persona`'
		);
	});

	it('a value of the wrong type is reported at the value', () => {
		const front = FRONT.trim()
			.replace('---\ntitle', '---\npass: high\ntitle')
			.replace(/^---\n|\n---$/g, '');
		expect(problems(withFront(front))).toContain('2:7 error `pass` must be a whole number from 0 to 100');
	});

	it('pass above 100, a level of 4, feedback other than immediate/end and tags that are not a list are wrong types', () => {
		const found = problems(
			withFront(
				'title: T\nsummary: S\npersona: P\nskills:\n  value: V\npass: 101\nlevel: 4\nfeedback: later\ntags: 价格'
			)
		);
		expect(found).toEqual(
			expect.arrayContaining([
				'7:7 error `pass` must be a whole number from 0 to 100',
				'8:8 error `level` must be 1, 2 or 3',
				'9:11 error `feedback` must be `immediate` or `end`',
				'10:7 error `tags` must be a list of strings, e.g. `[价格异议, 家电零售]`'
			])
		);
	});

	it('an unknown key is reported at the key, naming the known ones', () => {
		const found = problems(withFront('title: T\nsumary: S\nsummary: S\npersona: P\nskills:\n  value: V'));
		expect(found.find((p) => p.startsWith('3:1 error unknown front matter key `sumary`'))).toBeDefined();
	});

	it('a key that is both a skill and a var is reported at the var', () => {
		const found = problems(withFront('title: T\nsummary: S\npersona: P\nskills:\n  value: V\nvars:\n  value: 0'));
		expect(found).toContain('8:3 error `value` is both a skill and a var: give the var another name');
	});

	it('skills must have 1 to 8 entries', () => {
		const nine = Array.from({ length: 9 }, (_, i) => `  s${i}: 技能${i}`).join('\n');
		expect(problems(withFront(`title: T\nsummary: S\npersona: P\nskills:\n${nine}`))).toContain(
			'6:3 error `skills` must have 1 to 8 entries (it has 9)'
		);
		expect(problems(withFront('title: T\nsummary: S\npersona: P\nskills: {}'))).toContain(
			'5:9 error `skills` must have 1 to 8 entries (it has 0)'
		);
	});

	it('a skill key must be a lower-case identifier and a var must start at a whole number', () => {
		const found = problems(withFront('title: T\nsummary: S\npersona: P\nskills:\n  Value: V\nvars:\n  trust: 0.5'));
		expect(found).toEqual(
			expect.arrayContaining([
				'6:3 error skill key `Value` must be lower-case letters, digits and _ and start with a letter',
				'8:10 error var `trust` must start at a whole number'
			])
		);
	});

	it('a meter that names no var is reported at the value', () => {
		const found = problems(
			withFront('title: T\nsummary: S\npersona: P\nskills:\n  value: V\nvars:\n  trust: 0\nmeter: trst')
		);
		expect(found).toContain('9:8 error meter `trst` is not one of the vars (trust)');
	});

	it('a file name that is not a valid id is reported at 1:1', () => {
		const found = problems(file(BODY), 'content/roleplays/Price Too High.md');
		expect(found).toContain(
			"1:1 error file name `Price Too High` must be lower-case letters, digits and - (e.g. `price-too-high.md`): it becomes the role-play's id"
		);
	});

	it('all front matter problems are reported at once', () => {
		const found = problems(withFront('title: 1\nsummary: S\nskills:\n  value: V\ncolour: red'));
		expect(found).toEqual(
			expect.arrayContaining([
				'2:8 error `title` must be a non-empty string',
				'6:1 error unknown front matter key `colour` (known keys: title, summary, persona, goal, skills, vars, meter, pass, feedback, tags, level, lang, shuffle, tests)',
				'1:1 error front matter is missing the required key `persona`'
			])
		);
	});
});
