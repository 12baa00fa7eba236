import { describe, expect, it } from 'vitest';
import { compiled, file, problems } from './fixtures/build.js';

// FRONT takes lines 1-10; the step heading is line 11 and the first choice line 13.
const ENDINGS = `## 成交 {#won}

\`end won\`

## 走了 {#lost}

\`end lost\`
`;
const step = (choices: string) => file(`## 开场 {#start}\n\n${choices}\n\n${ENDINGS}`);
const OK_SECOND = '- 打折 [→](#lost) `value -1` `if trust >= 0`';

describe('choices', () => {
	it('compiles a choice: words without link or directives, effects and guards in order, feedback as HTML', () => {
		const rp = compiled(
			step(
				`- 先看**价值**,\`if trust >= 0\` 再谈 [→](#won) \`value +2\` \`trust=3\` \`trust -1\`\n  > 讲价值,不讲价。\n${OK_SECOND}`
			)
		);
		const choice = rp.steps.start.choices[0];
		expect(choice).toMatchObject({
			position: 1,
			html: '先看<strong>价值</strong>, 再谈',
			text: '先看价值, 再谈',
			target: 'won',
			guards: [{ key: 'trust', op: '>=', value: 0 }],
			effects: [
				{ key: 'value', kind: 'skill', op: 'add', value: 2 },
				{ key: 'trust', kind: 'var', op: 'set', value: 3 },
				{ key: 'trust', kind: 'var', op: 'add', value: -1 }
			],
			feedbackHtml: '<p>讲价值,不讲价。</p>'
		});
		expect(rp.steps.start.choices[1].feedbackHtml).toBeNull();
	});

	it('links and feedback are made safe: javascript: links lose their href, http links get rel', () => {
		const source = file(
			`## 开场 {#start}\n\n看[资料](javascript:alert(1))\n\n- 看 [→](#won) \`value +1\`\n  > 见[指南](https://example.com) 和 [站内](/cases/x)\n${OK_SECOND}\n\n${ENDINGS}`
		);
		const rp = compiled(source);
		expect(rp.steps.start.lines[0].html).toBe('看资料');
		expect(rp.steps.start.choices[0].feedbackHtml).toBe(
			'<p>见<a href="https://example.com" rel="noopener noreferrer">指南</a> 和 <a href="/cases/x">站内</a></p>'
		);
	});

	it('a choice with two links is an error at the second link', () => {
		expect(problems(step(`- 看价值 [→](#won) [→](#lost) \`value +1\`\n${OK_SECOND}`))).toContain(
			'13:17 error a choice with two links: keep exactly one `[→](#step-id)`, the step that follows'
		);
	});

	it('a choice with no link is an error at its paragraph', () => {
		expect(problems(step(`- 看价值 \`value +1\`\n${OK_SECOND}`))).toContain(
			'13:3 error a choice with no link: add `[→](#step-id)` naming the step that follows'
		);
	});

	it('a link to no step is an error at the link', () => {
		expect(problems(step(`- 看价值 [→](#wonn) \`value +1\`\n${OK_SECOND}`))).toContain(
			'13:7 error the link `#wonn` goes to no step (step ids: start, won, lost)'
		);
		expect(problems(step(`- 看价值 [→](won.md) \`value +1\`\n${OK_SECOND}`))).toContain(
			"13:7 error the link `won.md` goes to no step: a choice's link must be `#step-id`"
		);
	});

	it('a malformed directive is an error at its code span', () => {
		const found = problems(step(`- 看价值 [→](#won) \`value ++1\` \`if trust => 1\` \`value +1.5\`\n${OK_SECOND}`));
		expect(found).toEqual(
			expect.arrayContaining([
				'13:17 error `value ++1` is not a directive: write `KEY +N`, `KEY -N`, `KEY = N` or `if KEY OP N`',
				'13:29 error `if trust => 1` is not a guard: write `if KEY OP N` with OP one of >= <= > < == != and N a whole number',
				'13:45 error `value +1.5`: N must be a whole number'
			])
		);
	});

	it('a directive that names no skill or var is an error', () => {
		expect(problems(step(`- 看价值 [→](#won) \`valu +1\`\n${OK_SECOND}`))).toContain(
			'13:17 error `valu` is neither a skill nor a var (declared: value, trust)'
		);
	});

	it('`=` on a skill is an error', () => {
		expect(problems(step(`- 看价值 [→](#won) \`value = 3\`\n${OK_SECOND}`))).toContain(
			"13:17 error `value = ...` sets a skill: a skill's score can only change with `value +N` or `value -N`"
		);
	});

	it('a guard on a skill is an error, on a choice and on a line', () => {
		expect(problems(step(`- 看价值 [→](#won) \`value +1\` \`if value > 0\`\n${OK_SECOND}`))).toContain(
			'13:28 error `if value ...` is a guard on a skill: guards read vars, never skills (declare a var under `vars`)'
		);
		const line = file(
			`## 开场 {#start}\n\n\`if value > 0\` 好吧。\n\n- 看 [→](#won) \`value +1\`\n${OK_SECOND}\n\n${ENDINGS}`
		);
		expect(problems(line)).toContain(
			'13:1 error `if value ...` is a guard on a skill: guards read vars, never skills (declare a var under `vars`)'
		);
	});

	it('anything else inside an item is an error: a nested list, a second paragraph, a second blockquote', () => {
		const found = problems(
			step(`- 看价值 [→](#won) \`value +1\`\n\n  还有一段。\n  > 反馈\n  > 另一段\n\n  - 嵌套\n${OK_SECOND}`)
		);
		expect(found).toEqual(
			expect.arrayContaining([
				'15:3 error a second paragraph inside a choice is not allowed: a choice is one paragraph, then an optional `>` feedback blockquote',
				'19:3 error a list inside a choice is not allowed: a choice is one paragraph, then an optional `>` feedback blockquote'
			])
		);
	});

	it('`end` inside a choice is an error', () => {
		expect(problems(step(`- 看价值 [→](#won) \`value +1\` \`end won\`\n${OK_SECOND}`))).toContain(
			'13:28 error `end ...` must be a paragraph of its own in an ending step, not inside a choice'
		);
	});

	it('an unknown ending kind is a malformed directive', () => {
		const found = problems(file(`## 开场 {#start}\n\n- 看 [→](#won) \`value +1\`\n\n## 成交 {#won}\n\n\`end win\`\n`));
		expect(found).toContain(
			'13:1 error `end win`: a code span in what the customer says is not shown: only guards (`if KEY OP N`) may start a paragraph'.replace(
				'13:1',
				'17:1'
			)
		);
	});
});

describe('warnings', () => {
	it('a skill that no choice scores and a var that nothing reads are warnings at their keys; the file still compiles', () => {
		const front = `---\ntitle: T\nsummary: S\npersona: P\nskills:\n  value: 价值呈现\n  empathy: 共情\nvars:\n  trust: 0\n  mood: 0\n---\n`;
		const source = file(
			`## 开场 {#start}\n\n- 看 [→](#won) \`value +1\` \`mood +1\` \`if trust >= 0\`\n\n## 成交 {#won}\n\n\`end won\`\n`,
			front
		);
		expect(problems(source)).toEqual([
			'7:3 warning no choice scores the skill `empathy`: add `empathy +N` to a choice, or remove it',
			'10:3 warning nothing reads the var `mood`: use it in a guard (`if mood >= N`) or as the meter, or remove it'
		]);
		expect(compiled(source).id).toBe('price-too-high');
	});
});
