// Generated content for the content benchmark: courses of numbered modules and case studies that
// embed role-plays, callouts and links the way trainers write them, so the check has work to do.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SKILL_LABELS } from '../../src/lib/content/schemas';

const INDUSTRIES = ['银行', '电信', '家电零售', '电子商务', '制造', '保险', '汽车', '医药'];
const PARAGRAPH =
	'销售新人最常见的困惑，是不知道话从哪儿说起。先问清客户的用途和预算，再讲产品能为他解决什么问题；' +
	'客户提出异议时，先确认对方的担心，再用事实回应。This paragraph mixes in some English so both scripts are measured.';

const skillsAt = (i: number) => [SKILL_LABELS[i % SKILL_LABELS.length], SKILL_LABELS[(i + 3) % SKILL_LABELS.length]];

function moduleSource(course: number, module: number, roleplays: string[], cases: number): string {
	const [a, b] = skillsAt(course + module);
	return `---
title: 第 ${course + 1} 门课的第 ${module + 1} 个模块
summary: 生成的模块，用来测量构建时间与页面脚本大小。
minutes: ${5 + (module % 20)}
skills: [${a}, ${b}]
lang: zh
---

## 为什么重要

${PARAGRAPH}

## 怎么做

${PARAGRAPH}

- 先问用途：这次买回去主要是谁在用？
- 再问预算：您心里大概的范围是多少？
- 最后确认决策人：除了您，还有谁需要一起看？

<Callout title="要点">

- 先提问，再介绍。
- 先确认担心，再回应异议。

</Callout>

<RolePlay id="${roleplays[(course + module) % roleplays.length]}" />

延伸阅读：[案例 ${module}](/cases/case-${(course * 50 + module) % cases})。

## 练习任务

${PARAGRAPH}
`;
}

function caseSource(i: number): string {
	const [a, b] = skillsAt(i);
	const day = String(1 + (i % 28)).padStart(2, '0');
	const month = String(1 + (i % 12)).padStart(2, '0');
	return `---
title: 生成的案例 ${i}
summary: 一家企业如何把一次失败的拜访变成长期合作。
industry: ${INDUSTRIES[i % INDUSTRIES.length]}
skills: [${a}, ${b}]
level: ${1 + (i % 3)}
questions:
  - 客户最初拒绝的真正原因是什么？
  - 换作你，第二次拜访会怎样开场？
published: 2025-${month}-${day}
lang: zh
---

## 背景

${PARAGRAPH}

## 经过

${PARAGRAPH}

## 结果

${PARAGRAPH}
`;
}

/** Writes `courses` courses of `perCourse` modules each and `cases` cases under `contentDir`. */
export function generateContent(contentDir: string, courses: number, perCourse: number, cases: number, roleplays: string[]): void {
	for (let c = 0; c < courses; c++) {
		const dir = join(contentDir, 'courses', `course-${c}`);
		mkdirSync(dir, { recursive: true });
		writeFileSync(
			join(dir, 'index.md'),
			`---\ntitle: 生成的课程 ${c}\nsummary: 用于基准测试。\nlevel: ${1 + (c % 3)}\naudience: 新人\ncover: 生成的封面文字。\nlang: zh\n---\n\n## 介绍\n\n${PARAGRAPH}\n`
		);
		for (let m = 0; m < perCourse; m++) {
			const number = String(m + 1).padStart(2, '0');
			writeFileSync(join(dir, `${number}-module-${m}.md`), moduleSource(c, m, roleplays, cases));
		}
	}
	mkdirSync(join(contentDir, 'cases'), { recursive: true });
	for (let i = 0; i < cases; i++) writeFileSync(join(contentDir, 'cases', `case-${i}.md`), caseSource(i));
}
