import { describe, expect, it } from 'vitest';
import { compile, file, problems } from './fixtures/build.js';

// The body starts at line 11 whatever the tests: the front matter is 9 lines plus the tests.
const BODY = `## 开场 {#start}

太贵了。

- 先看看价值。 [→](#demo) \`value +2\`
- 那打个九折吧。 [→](#lost) \`value -1\`

## 演示 {#demo}

- 就这套吧。 [→](#won) \`value +1\`
- 再便宜点就买。 [→](#half) \`value -1\`

## 成交 {#won}

\`end won\`

## 勉强 {#half}

\`end neutral\`

## 走了 {#lost}

\`end lost\`
`;

/** A file whose front matter ends with these lines of `tests:` (the first entry is on line 8). */
const withTests = (...entries: string[]) =>
	file(
		BODY,
		`---\ntitle: 价格太高\nsummary: 练习价格异议\npersona: 夫妇\nskills:\n  value: 价值呈现\ntests:\n${entries.map((e) => `  - ${e}`).join('\n')}\n---\n`
	);

describe('tests: in the front matter are played by the check', () => {
	it('passing tests add nothing', () => {
		const source = withTests(
			'{ name: 最佳路径, choices: "1,1", outcome: won, percent: ">= 90", passed: true }',
			'{ name: 只顾让价, choices: "2", outcome: lost, percent: 0 }',
			'{ choices: "1, 2", ending: half, percent: "30-40", passed: false }'
		);
		const { roleplay, diagnostics } = compile(source);
		expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
		expect(roleplay).not.toBeNull();
	});

	it('a failing test is an error at its own line, with what was expected and what the path gave', () => {
		const found = problems(
			withTests(
				'{ name: 最佳路径, choices: "1,1", outcome: won }',
				'{ name: 中途补救, choices: "1,2", outcome: won, percent: ">= 90" }'
			)
		);
		expect(found).toContain(
			'9:5 error test "中途补救" expected outcome won, percent >= 90, got neutral (ending half, 33%)'
		);
		expect(found.filter((p) => p.startsWith('8:'))).toEqual([]);
	});

	it('a failing test makes the file unplayable, as any error does', () => {
		expect(compile(withTests('{ choices: "2", outcome: won }')).roleplay).toBeNull();
	});

	it('an unnamed test is named by its number; passed is checked against the pass mark', () => {
		expect(problems(withTests('{ choices: "1", outcome: lost }', '{ choices: "1,2", passed: true }'))).toEqual(
			expect.arrayContaining([
				'8:5 error test 1 cannot be played: the choices stop at step `demo`, before an ending (offered there: 1, 2)',
				'9:5 error test 2 expected passed true, got neutral (ending half, 33%, not passed)'
			])
		);
	});

	it('a choice that is not offered is reported with its place in the path', () => {
		expect(problems(withTests('{ name: 乱选, choices: "1,3", outcome: won }'))).toContain(
			'8:5 error test "乱选" cannot be played: choice 2 (position 3) at step `demo`: step `demo` has no choice 3 (it has 2)'
		);
	});

	it('an ending that is not an ending step is named', () => {
		expect(problems(withTests('{ choices: "1,1", ending: demo }'))).toContain(
			'8:5 error test 1 expects the ending `demo`, which is not an ending step (endings: won, half, lost)'
		);
	});
});

describe('bad tests: and shuffle: values are reported where they are written', () => {
	it('shuffle must be true or false', () => {
		const source = file(BODY).replace('---\n\n', 'shuffle: sometimes\n---\n\n');
		expect(problems(source)).toContain('9:10 error `shuffle` must be `true` or `false`');
	});

	it('tests must be a list', () => {
		const source = file(BODY).replace('---\n\n', 'tests: 1,2\n---\n\n');
		expect(problems(source)).toContain(
			'9:8 error `tests` must be a list of paths, one a line, e.g. `- { choices: "2,1,3", outcome: won, percent: ">= 90" }`'
		);
	});

	it('each wrong entry is reported at its own line, the wrong value at its column', () => {
		const found = problems(
			withTests(
				'{ name: 无路径, outcome: won }',
				'{ name: 数字, choices: 1, outcome: won }',
				'{ choices: "1,1", outcome: win }',
				'{ choices: "1,1", percent: "about 90" }',
				'{ choices: "1,1" }',
				'{ choices: "1,1", outcom: won }',
				'just a string'
			)
		);
		expect(found).toEqual(
			expect.arrayContaining([
				'8:5 error test "无路径" needs `choices`: file positions in quotes, as `peilian play --choices` takes them, e.g. `"2,1,3"`',
				'9:26 error test "数字": `choices` must be file positions in quotes, as `peilian play --choices` takes them, e.g. `"2,1,3"`',
				'10:32 error test 3: `outcome` must be `won`, `lost` or `neutral`',
				'11:32 error test 4: `percent` must be a number from 0 to 100, or `">= 90"`, `"> 50"`, `"<= 40"`, `"< 70"`, `"= 100"`, `"40-69"`',
				'12:5 error test 5: a test needs at least one of `outcome`, `ending`, `percent`, `passed`',
				'13:23 error test 6: unknown key `outcom` (known keys: name, choices, outcome, ending, percent, passed)',
				'14:5 error test 7 must be a mapping on one line, e.g. `- { choices: "2,1,3", outcome: won }`'
			])
		);
	});
});
