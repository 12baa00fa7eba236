// Generated role-plays for the benchmark: a long sales conversation with a hub of questions every ten steps.

/**
 * `steps` steps in all: a main line, three endings. Every step offers a good move (on), a weak move (on)
 * and a way out; the weak move and every tenth step reset trust, so the number of states grows with the length, not
 * exponentially. Returns the source and the golden path's positions.
 */
export function generateRoleplay(steps: number): { source: string; path: number[] } {
	const main = steps - 3;
	const body: string[] = [];
	const path: number[] = [];
	const next = (i: number) => (i + 1 < main ? `s${i + 1}` : 'won');
	for (let i = 0; i < main; i++) {
		const lines = [
			`## 第 ${i} 步 {#s${i}}`,
			'',
			`*顾客翻看第 ${i} 页资料。*`,
			'',
			'`if trust >= 2` 这个我有兴趣。',
			'',
			'那价格呢?',
			''
		];
		if (i % 10 === 5) {
			lines.push(
				`- 您现在用的设备用了几年? [→](#s${i}) \`questioning +1\` \`trust +1\``,
				'  > 先问现状。',
				`- 每个月电费大概多少? [→](#s${i}) \`questioning +1\``,
				'  > 用数字说话。',
				`- \`if trust >= 1\` 那我们看看能省多少。 [→](#${next(i)}) \`value +2\``,
				'  > 有了信任再算账。',
				`- 我们直接看报价吧。 [→](#${next(i)}) \`value -1\``,
				'  > 还没问清楚就报价。'
			);
			path.push(1, 2, 3);
		} else {
			const reset = i % 10 === 0 ? ' `trust = 1`' : ' `trust +1`';
			lines.push(
				`- 先看看它能帮您省什么。 [→](#${next(i)}) \`value +2\`${reset}`,
				'  > 讲价值。',
				`- 价格可以再谈。 [→](#${next(i)}) \`value -1\` \`trust = 0\``,
				'  > 过早让价。',
				'- 您再考虑考虑吧。 [→](#later) `closing -1`',
				'  > 放走了顾客。'
			);
			path.push(1);
		}
		body.push(lines.join('\n'));
	}
	body.push(
		'## 成交 {#won}\n\n`end won`\n\n他们签了合同。',
		'## 再联系 {#later}\n\n`end neutral`',
		'## 流失 {#lost}\n\n`end lost`'
	);
	// `lost` is reached from the first step's extra choice, so no step is unreachable.
	body[0] = body[0].replace('- 您再考虑考虑吧。 [→](#later)', '- 您再考虑考虑吧。 [→](#lost)');
	const front = [
		'---',
		`title: 基准 ${steps} 步`,
		'summary: 生成的长对话,用于测速。',
		'persona: 一位采购经理。',
		'skills:',
		'  value: 价值呈现',
		'  questioning: 提问',
		'  closing: 促成',
		'vars:',
		'  trust: 0',
		'meter: trust',
		'---',
		''
	].join('\n');
	return { source: `${front}\n${body.join('\n\n')}\n`, path };
}
