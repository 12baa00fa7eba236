import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { csvCell, csvHeader, csvRows, type PeopleWords } from './csv';
import type { ExportAttempt, ExportChoice } from './export';
import { attemptStatements, stableUuid } from './xapi';

const validate: (statement: unknown) => unknown[] = createRequire(import.meta.url)(
	'@learninglocker/xapi-validation'
).default;

const attempt: ExportAttempt = {
	id: '2b6f1d2e-8a4c-4c1e-9a57-0d1f9a3c5e71',
	learnerName: '刘洋, "小刘"',
	email: 'liu.yang@peilian.demo',
	teamName: '华东零售组',
	roleplayId: 'price-too-high',
	title: '价格太高我买不起',
	version: 'abc123',
	startedAt: '2026-11-20T02:00:00.000Z',
	finishedAt: '2026-11-20T02:07:30.000Z',
	outcome: 'won',
	ending: 'deal',
	total: 7,
	best: 9,
	percent: 77,
	passed: true
};

const choices: ExportChoice[] = [
	{ attemptId: attempt.id, seq: 0, stepId: 'open', position: 2, line: '先了解您的预算', effects: [] },
	{ attemptId: attempt.id, seq: 1, stepId: 'value', position: 1, line: '算一笔账', effects: [] }
];

describe('CSV export', () => {
	it('starts with a byte-order mark and ends every line with CRLF so Excel reads Chinese', () => {
		const text = csvHeader() + csvRows([attempt]);
		expect(text.startsWith('\uFEFFattempt_id,learner,')).toBe(true);
		expect(text.split('\r\n')).toHaveLength(3);
		expect(text).not.toMatch(/[^\r]\n/);
		expect(text).toContain('华东零售组,price-too-high,价格太高我买不起');
	});

	it('for people: headings in the reader’s words, local times a spreadsheet reads as dates, no ids or hashes', () => {
		const words: PeopleWords = {
			header: ['学员', '邮箱', '团队', '陪练', '开始时间', '完成时间', '结局', '得分 / 满分', '得分率(%)', '是否通过'],
			outcome: { won: '成交', lost: '未成交', neutral: '未定' },
			yes: '是',
			no: '否'
		};
		const [header, row] = (csvHeader('people', words) + csvRows([attempt], 'people', words)).split('\r\n');
		expect(header).toBe('\uFEFF学员,邮箱,团队,陪练,开始时间,完成时间,结局,得分 / 满分,得分率(%),是否通过');
		// 02:07 UTC is 10:07 in Shanghai, the organisation's time zone.
		expect(row).toBe(
			'"刘洋, ""小刘""",liu.yang@peilian.demo,华东零售组,价格太高我买不起,2026-11-20 10:00,2026-11-20 10:07,成交,7 / 9,77,是'
		);
		expect(row).not.toContain(attempt.id);
		expect(row).not.toContain(attempt.version);
	});

	it('quotes commas and doubles quotes inside a cell', () => {
		expect(csvRows([attempt])).toContain('"刘洋, ""小刘"""');
		expect(csvCell('two\r\nlines')).toBe('"two\r\nlines"');
	});

	it('defuses a name that would run as a spreadsheet formula, but keeps negative numbers', () => {
		expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
		expect(csvCell(-3)).toBe('-3');
	});
});

describe('xAPI export', () => {
	const statements = attemptStatements('https://peilian.example', attempt, choices);

	it('is accepted by a learning record store’s validator', () => {
		for (const statement of statements) expect(validate(statement)).toEqual([]);
		expect(validate({ ...statements[0], actor: { objectType: 'Agent' } })).not.toEqual([]);
	});

	it('sends one answered per choice and one passed or failed per attempt, scored and completed', () => {
		expect(statements.map((s) => s.verb.id.split('/').at(-1))).toEqual(['answered', 'answered', 'passed']);
		const scored = statements.at(-1)!;
		expect(scored.actor.mbox).toBe('mailto:liu.yang@peilian.demo');
		expect(scored.object.id).toBe('https://peilian.example/roleplays/price-too-high');
		expect(scored.result).toMatchObject({
			score: { scaled: 0.77, raw: 7, min: 0, max: 9 },
			success: true,
			completion: true,
			duration: 'PT450S'
		});
		expect(statements[0].result).toMatchObject({ response: '2' });
		const failed = attemptStatements(
			'https://peilian.example',
			{ ...attempt, passed: false, total: -1, percent: 0 },
			[]
		);
		expect(failed[0].verb.id).toBe('http://adlnet.gov/expapi/verbs/failed');
		expect(validate(failed[0])).toEqual([]);
	});

	it('gives each statement a stable id, so exporting twice does not duplicate it in the store', () => {
		expect(attemptStatements('https://peilian.example', attempt, choices).map((s) => s.id)).toEqual(
			statements.map((s) => s.id)
		);
		expect(new Set(statements.map((s) => s.id)).size).toBe(3);
		expect(stableUuid('x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
	});
});
