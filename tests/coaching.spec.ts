// Coaching as a manager and a learner notice it: the manager sees only their own team, opens a learner,
// comments on an attempt and assigns a role-play; the learner then sees both; the other team's manager
// sees none of it; the CSV and xAPI downloads are what Excel and a learning record store expect.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { compileRoleplay } from '../src/lib/roleplay/index';
import { plausiblePath, seededRandom } from '../src/lib/server/seed/paths';
import { expectNoSeriousA11yViolations, signIn } from './helpers';

const validateStatement: (s: unknown) => unknown[] = createRequire(import.meta.url)(
	'@learninglocker/xapi-validation'
).default;

const managerA = 'manager.east@peilian.demo';
const managerB = 'manager.ka@peilian.demo';
const trainer = 'trainer@peilian.demo';
// The desktop and phone projects run side by side against one server, so each coaches its own learner.
const learners = {
	desktop: { email: 'liu.yang@peilian.demo', name: '刘洋' },
	phone: { email: 'zhang.wei@peilian.demo', name: '张伟' }
};

// Each test walks through several people's sessions and runs accessibility checks on a busy machine.
test.describe.configure({ timeout: 120_000 });

async function asUser(browser: Browser, email: string): Promise<Page> {
	const page = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
	await signIn(page, email);
	return page;
}

test('a manager comments and assigns; the learner sees both; the other team’s manager sees none of it', async ({
	browser
}, info) => {
	const learner = learners[info.project.name as keyof typeof learners];
	const note = `先确认预算再谈价格 ${info.project.name} ${Date.now()}`;

	const manager = await asUser(browser, managerA);
	await manager.goto('/team');
	await expect(manager.getByRole('heading', { name: '华东零售组', level: 2 })).toBeVisible();
	await expect(manager.getByRole('heading', { name: '大客户组' })).toHaveCount(0);
	const table = manager.getByTestId('team-table');
	await expect(table.getByRole('link', { name: learner.name, exact: true })).toBeVisible();
	await expect(table.getByRole('link', { name: '孙丽' })).toHaveCount(0);
	await expectNoSeriousA11yViolations(manager);

	await table.getByRole('link', { name: learner.name, exact: true }).click();
	await expect(manager.getByRole('heading', { name: learner.name, level: 1 })).toBeVisible();
	await expect(manager.getByRole('img', { name: '历次练习成绩' })).toBeVisible();
	await expect(manager.getByRole('img', { name: '技能与团队对比' })).toBeVisible();
	const learnerUrl = manager.url();

	const attempt = manager.getByTestId('attempt').first();
	await attempt.getByLabel('给学员写评语').fill(note);
	await attempt.getByRole('button', { name: '发表评语' }).click();
	await expect(attempt.getByText(note)).toBeVisible();

	const assign = manager.locator('form[action="?/assign"]');
	await assign.getByRole('radio', { name: '陪练' }).check();
	await assign.getByRole('combobox', { name: '陪练' }).selectOption({ label: '我考虑考虑' });
	await assign.getByLabel('要求分数(%)').fill('95');
	await assign.getByRole('button', { name: '布置' }).click();
	await expect(assign.getByRole('status')).toHaveText('已布置。');
	await expect(manager.getByTestId('assignments').getByRole('link', { name: '我考虑考虑' })).toBeVisible();
	await expectNoSeriousA11yViolations(manager);

	const me = await asUser(browser, learner.email);
	await me.goto('/me');
	await expect(me.getByTestId('assigned-to-me').getByRole('link', { name: '我考虑考虑' })).toBeVisible();
	await expect(me.getByTestId('coach-comments').getByText(note)).toBeVisible();
	await me.getByTestId('coach-comments').getByRole('link').first().click();
	await expect(me.getByTestId('coach-comments').getByText(note)).toBeVisible();
	// Back in the player, the comment is there to read before trying the role-play again.
	await me.getByRole('link', { name: '再练一次' }).click();
	const notes = me.getByTestId('coach-comments');
	await expect(notes.getByRole('heading', { name: '教练对你之前几次练习的点评' })).toBeVisible();
	await expect(notes.getByText(note)).toBeVisible();
	await me.goto('/');
	await expect(me.getByTestId('assigned-to-me').getByRole('link', { name: '我考虑考虑' })).toBeVisible();
	expect((await me.request.get('/team')).status()).toBe(403);

	const other = await asUser(browser, managerB);
	await other.goto('/team');
	await expect(other.getByRole('heading', { name: '大客户组', level: 2 })).toBeVisible();
	await expect(other.getByTestId('team-table').getByRole('link', { name: learner.name, exact: true })).toHaveCount(0);
	await expect(other.getByText(note)).toHaveCount(0);
	const response = await other.request.get(learnerUrl);
	expect([403, 404]).toContain(response.status());
	expect(await response.text()).not.toContain(note);
	const csv = await (await other.request.get('/api/export/attempts.csv')).text();
	expect(csv).not.toContain(learner.name);
});

test('a manager reads a busy learner’s transcripts thirty at a time, every one reachable', async ({ browser }) => {
	// 徐磊 is coached by no other test; both projects may add attempts to him at once, so counts are bounds.
	const learner = await asUser(browser, 'xu.lei@peilian.demo');
	const rp = compileRoleplay(
		'content/roleplays/price-too-high.md',
		readFileSync('content/roleplays/price-too-high.md', 'utf8')
	).roleplay!;
	const random = seededRandom(31);
	for (let i = 0; i < 31; i++) {
		const choices = plausiblePath(rp, random(), random);
		const response = await learner.request.post('/api/attempts', {
			data: { id: crypto.randomUUID(), roleplay: rp.id, version: rp.version, choices }
		});
		expect(response.status()).toBe(201);
	}

	const manager = await asUser(browser, managerA);
	await manager.goto('/team');
	await manager.getByTestId('team-table').getByRole('link', { name: '徐磊', exact: true }).click();
	await expect(manager.getByTestId('attempt')).toHaveCount(30);
	await manager.getByRole('link', { name: '显示更早的 30 次练习' }).click();
	await expect(manager).toHaveURL(/pages=2/);
	const shown = await manager.getByTestId('attempt').count();
	expect(shown).toBeGreaterThan(30);
	expect(shown).toBeLessThanOrEqual(60);
	await expect(manager.getByTestId('attempt').nth(30).locator(':scope > summary')).toBeVisible();
});

test('sorting and a date range live in the address and work without script', async ({ browser }) => {
	const context = await browser.newContext({ locale: 'zh-CN', javaScriptEnabled: false });
	const page = await context.newPage();
	await signIn(page, managerA);
	await page.goto('/team');
	await page.getByRole('link', { name: '最近练习' }).click();
	await expect(page).toHaveURL(/sort=last&dir=asc/);
	await expect(page.getByRole('columnheader', { name: '最近练习' })).toHaveAttribute('aria-sort', 'ascending');
	await page.getByLabel('开始日期').fill('2099-01-01');
	await page.getByRole('button', { name: '应用' }).click();
	await expect(page).toHaveURL(/from=2099-01-01/);
	await expect(page.getByTestId('team-table').getByText(/\d+ 次 ·/)).toHaveCount(0);

	// How the figures are worked out is one click away.
	await page.getByRole('link', { name: '这些数字怎么算?看经理指南' }).click();
	await expect(page.getByRole('heading', { name: '带团队:经理指南', level: 1 })).toBeVisible();
	await expect(page.getByRole('heading', { name: '谁"需要关注"' })).toBeVisible();
});

test('the CSV opens in Excel with Chinese intact and the xAPI statements validate', async ({ browser }) => {
	const page = await asUser(browser, managerA);
	await page.goto('/team');

	const [csvDownload] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: '下载 CSV' }).click()
	]);
	const csv = await readFile((await csvDownload.path())!, 'utf8');
	expect(csv.startsWith('\uFEFF')).toBe(true);
	const lines = csv.slice(1).split('\r\n').filter(Boolean);
	expect(lines[0].split(',')).toEqual(
		expect.arrayContaining(['attempt_id', 'learner', 'team', 'roleplay', 'percent', 'passed'])
	);
	expect(lines.length).toBeGreaterThan(10);
	const team = lines[0].split(',').indexOf('team');
	for (const line of lines.slice(1)) expect(line.split(',')[team]).toBe('华东零售组');
	expect(csv).toContain('刘洋');
	expect(csv).not.toContain('孙丽');

	const [xapiDownload] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: '下载 xAPI' }).click()
	]);
	const statements = JSON.parse(await readFile((await xapiDownload.path())!, 'utf8')) as {
		verb: { id: string };
		actor: { mbox: string };
		result: { score?: { scaled: number }; success?: boolean };
	}[];
	const verbs = statements.map((s) => s.verb.id.replace('http://adlnet.gov/expapi/verbs/', ''));
	expect(new Set(verbs)).toEqual(new Set(['answered', 'passed', 'failed']));
	expect(verbs.filter((v) => v !== 'answered').length).toBe(lines.length - 1);
	for (const statement of statements) expect(validateStatement(statement)).toEqual([]);
	expect(statements.every((s) => s.actor.mbox.endsWith('@peilian.demo'))).toBe(true);
});

test('a trainer sees the content status, every role-play’s graph, a preview that jumps to any step, and analytics', async ({
	browser
}) => {
	const page = await asUser(browser, trainer);
	await page.goto('/trainer');
	await expect(page.getByTestId('problems')).toContainText('内容检查没有发现问题');
	await expectNoSeriousA11yViolations(page);

	await page.goto('/trainer/roleplays/price-too-high/graph');
	const graph = page.getByRole('img', { name: /流程图/ });
	await expect(graph).toBeVisible();
	await expect(graph.getByText('结局:成功').first()).toBeAttached();
	await expect(graph.getByText('结局:失败').first()).toBeAttached();
	// At first the whole graph fits the region, with no scrolling; 150% makes it wider than the region.
	const region = page.getByRole('region', { name: /流程图/ });
	const overflow = () => region.evaluate((r) => r.scrollWidth - r.clientWidth);
	expect(await overflow()).toBeLessThanOrEqual(1);
	await expect(graph.getByText('#2 共情 +1').first()).toBeAttached();
	await page.getByRole('link', { name: '150%' }).click();
	await expect(page.getByRole('link', { name: '150%' })).toHaveAttribute('aria-current', 'true');
	expect(await overflow()).toBeGreaterThan(100);

	await page.goto('/trainer/roleplays/price-too-high/preview');
	const steps = page.getByRole('complementary').getByRole('listitem');
	const last = (await steps.count()) - 1;
	await steps.nth(2).getByRole('link').click();
	await expect(page).toHaveURL(/step=/);
	await page.getByTestId('preview-step').getByRole('listitem').getByRole('link').first().click();
	await expect(page).toHaveURL(/path=\d/);
	await expect(page.getByText('撤销上一步')).toBeVisible();
	expect(last).toBeGreaterThan(5);

	await page.goto('/trainer/roleplays/price-too-high');
	await expect(page.getByTestId('analytics-figures')).toContainText('练习次数');
	await expect(page.getByTestId('step-table').first()).toBeVisible();
	await expect(page.getByRole('img', { name: '成绩分布' })).toBeVisible();
	expect((await page.request.get('/team')).status()).toBe(403);
});
