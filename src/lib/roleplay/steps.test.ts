import { describe, expect, it } from 'vitest';
import { compiled, file, problems } from './fixtures/build.js';

// FRONT takes lines 1-10: the first body line below is line 11.
const ENDINGS = `## 成交 {#won}

\`end won\`

## 走了 {#lost}

\`end lost\`
`;

describe('steps', () => {
	it('takes ids from {#id}, or from the heading the way GitHub makes anchors, keeping Chinese', () => {
		const rp = compiled(
			file(`# 标题被忽略

开场前的**说明**。

## 开场:价格 Objection!

- 看价值 [→](#成交) \`value +1\` \`if trust >= 0\`

## 成交

\`end won\`
`)
		);
		expect(rp.stepOrder).toEqual(['开场价格-objection', '成交']);
		expect(rp.start).toBe('开场价格-objection');
		expect(rp.steps['开场价格-objection'].title).toBe('开场:价格 Objection!');
		expect(rp.briefingHtml).toBe('<p>开场前的<strong>说明</strong>。</p>');
	});

	it('reads lines: plain paragraphs are said, all-emphasis paragraphs are narration, leading guards are hidden', () => {
		const rp = compiled(
			file(`## 开场 {#start}

*他们走进展厅。*

太**贵**了。

\`if trust >= 1\` *他点了点头。*

- 看价值 [→](#won) \`value +1\`
- 打折 [→](#lost) \`value -1\`

${ENDINGS}`)
		);
		expect(rp.steps.start.lines).toEqual([
			{ kind: 'narration', html: '他们走进展厅。', guards: [] },
			{ kind: 'say', html: '太<strong>贵</strong>了。', guards: [] },
			{ kind: 'narration', html: '他点了点头。', guards: [{ key: 'trust', op: '>=', value: 1 }] }
		]);
	});

	it('two steps with one id: reported at the second heading', () => {
		const found = problems(
			file(`## 开场 {#start}

- 看价值 [→](#won) \`value +1\` \`if trust >= 0\`

## 再来 {#start}

- 看价值 [→](#won) \`value +1\`

${ENDINGS}`)
		);
		expect(found).toContain(
			'15:1 error two steps have the id `start` (the other is at line 11): give one an explicit id, e.g. `## 再来 {#start-2}`'
		);
	});

	it('two headings with the same text collide (no silent -1 suffix)', () => {
		const found = problems(
			file(`## 开场

- 看价值 [→](#won) \`value +1\` \`if trust >= 0\`

## 开场

- 看价值 [→](#won) \`value +1\`

${ENDINGS}`)
		);
		expect(found).toContain(
			'15:1 error two steps have the id `开场` (the other is at line 11): give one an explicit id, e.g. `## 开场 {#开场-2}`'
		);
	});

	it('a step with neither choices nor an end marker: reported at its heading', () => {
		const found = problems(
			file(`## 开场 {#start}

- 看价值 [→](#middle) \`value +1\` \`if trust >= 0\`

## 中间 {#middle}

顾客沉默了。

${ENDINGS}`)
		);
		expect(found).toContain(
			'15:1 error step `middle` has neither choices nor an end marker: add a bullet list of choices, or `end won`, `end lost` or `end neutral`'
		);
	});

	it('a step with both choices and an end marker: reported at the marker', () => {
		const found = problems(
			file(`## 开场 {#start}

\`end won\`

- 看价值 [→](#won) \`value +1\` \`if trust >= 0\`

${ENDINGS}`)
		);
		expect(found).toContain(
			'13:1 error step `start` has both choices and an end marker: an ending has no choices; remove one of them'
		);
	});

	it('the closing narration of an ending may come before or after the end marker', () => {
		const rp = compiled(
			file(`## 开场 {#start}

- 看价值 [→](#won) \`value +1\` \`if trust >= 0\`

## 成交 {#won}

他们交了定金。

\`end won\`

*你送他们出门。*
`)
		);
		expect(rp.steps.won.end).toBe('won');
		expect(rp.steps.won.lines.map((l) => l.kind)).toEqual(['say', 'narration']);
	});

	it('headings of level 3 and below are an error', () => {
		const found = problems(
			file(`## 开场 {#start}\n\n### 细节\n\n- 看价值 [→](#won) \`value +1\` \`if trust >= 0\`\n\n${ENDINGS}`)
		);
		expect(found).toContain(
			'13:1 error a level-3 heading is not allowed: start a step with `##`, or write the words as a paragraph'
		);
	});

	it('nothing may follow the choice list inside a step', () => {
		const found = problems(
			file(`## 开场 {#start}\n\n- 看价值 [→](#won) \`value +1\` \`if trust >= 0\`\n\n还有一句话。\n\n${ENDINGS}`)
		);
		expect(found).toContain(
			'15:1 error nothing may follow the choice list inside a step: move this second paragraph before the list, or start a new step with `##`'
		);
	});

	it('a numbered list is not a choice list', () => {
		const found = problems(
			file(`## 开场 {#start}\n\n1. 看价值 [→](#won) \`value +1\` \`if trust >= 0\`\n\n${ENDINGS}`)
		);
		expect(found).toContain(
			'13:1 error choices are a bullet list (`- ...`), not a numbered list: positions are counted for you'
		);
	});

	it('a code span inside what the customer says is an error (only leading guards are allowed)', () => {
		const found = problems(
			file(
				`## 开场 {#start}\n\n太贵了 \`trust +1\`。\n\n- 看价值 [→](#won) \`value +1\` \`if trust >= 0\`\n\n${ENDINGS}`
			)
		);
		expect(found).toContain(
			'13:5 error `trust +1`: a code span in what the customer says is not shown: only guards (`if KEY OP N`) may start a paragraph'
		);
	});

	it('raw HTML is reported, never passed through', () => {
		const found = problems(
			file(`## 开场 {#start}\n\n太<b>贵</b>了。\n\n- 看价值 [→](#won) \`value +1\` \`if trust >= 0\`\n\n${ENDINGS}`)
		);
		expect(found).toContain(
			'13:2 error raw HTML is not shown to learners: write markdown (**bold**, *emphasis*, [links](https://...))'
		);
	});

	it('a file with no steps is an error', () => {
		expect(problems(file('只有说明。\n'))).toContain(
			'1:1 error the file has no steps: start the dialogue with a `## ...` heading'
		);
	});
});
