// The admin's people, as an admin uses them: find someone, change their role and team, deactivate them
// (they are signed out and cannot sign in, their record stays), and delete them after a confirmation.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, signIn } from './helpers';

const admin = 'admin@peilian.demo';

/** Adds a person through the admin's form and returns the invite link the page shows once. */
async function addPerson(page: Page, name: string, email: string, team: string): Promise<string> {
	await page.goto('/admin');
	await page.getByLabel('姓名', { exact: true }).last().fill(name);
	await page.getByLabel('邮箱').fill(email);
	await page.getByRole('combobox', { name: '团队', exact: true }).selectOption({ label: team });
	await page.getByRole('button', { name: '添加并生成邀请链接' }).click();
	const link = page.getByTestId('invite-link');
	await expect(link).toBeVisible();
	return (await link.textContent())!.trim();
}

async function acceptInvite(browser: Browser, link: string, password: string): Promise<Page> {
	const page = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
	await page.goto(link);
	await page.getByLabel('新密码', { exact: true }).fill(password);
	await page.getByLabel('再输一次新密码').fill(password);
	await page.getByRole('button', { name: '设置密码并登录' }).click();
	await expect(page).not.toHaveURL(/\/invite\//);
	return page;
}

async function openPerson(page: Page, name: string) {
	await page.goto(`/admin?q=${encodeURIComponent(name)}`);
	await page.getByTestId('people').getByRole('link', { name, exact: true }).click();
	await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test('the people list is in name order, finds people by name or team, and shows the team a manager leads', async ({
	page
}) => {
	await signIn(page, admin);
	await page.goto('/admin');
	const names = await page.getByTestId('people').locator('tbody th').allTextContents();
	const sorted = [...names].sort(new Intl.Collator('zh-CN').compare);
	expect(names).toEqual(sorted);

	await page.getByLabel('搜索人员').fill('王建国');
	await page.getByRole('button', { name: '筛选' }).click();
	await expect(page).toHaveURL(/q=/);
	const manager = page.getByTestId('people').locator('tbody tr');
	await expect(manager).toHaveCount(1);
	await expect(manager).toContainText('华东零售组');
	await expectNoSeriousA11yViolations(page);

	await page.goto('/admin?q=大客户组&role=learner');
	await expect(page.getByTestId('people').locator('tbody tr')).toHaveCount(5);
});

test('an admin moves a learner to a manager of another team, deactivates and deletes them', async ({
	page,
	browser
}, info) => {
	const name = `测试${info.project.name}${Date.now() % 100000}`;
	const email = `${name}@example.com`.replace(/[^\x20-\x7e]/g, 'x');
	await signIn(page, admin);
	const link = await addPerson(page, name, email, '无');
	await expect(page.getByRole('button', { name: '复制链接' })).toBeVisible();

	const them = await acceptInvite(browser, link, 'a-long-password-1');

	await openPerson(page, name);
	await expect(page.getByText('之前发出的链接立即失效')).toBeVisible();
	await page.getByLabel('角色').selectOption({ label: '经理' });
	await page.getByRole('checkbox', { name: '大客户组' }).check();
	await page.getByRole('button', { name: '保存' }).click();
	await expect(page.getByText('已保存。')).toBeVisible();
	await page.goto(`/admin?q=${encodeURIComponent(name)}`);
	await expect(page.getByTestId('people').locator('tbody tr')).toContainText('经理');
	await expect(page.getByTestId('people').locator('tbody tr')).toContainText('大客户组');

	await openPerson(page, name);
	await page.getByRole('button', { name: '停用', exact: true }).click();
	await expect(page.getByText('账号已停用:此人已在所有设备上退出登录。')).toBeVisible();
	await expectNoSeriousA11yViolations(page);
	// Their open session has ended: the next page asks them to sign in.
	await them.goto('/me');
	await expect(them).toHaveURL(/\/signin/);
	await them.getByLabel('邮箱').fill(email);
	await them.getByLabel('密码').fill('a-long-password-1');
	await them.getByRole('button', { name: '登录', exact: true }).click();
	await expect(them).toHaveURL(/\/signin/);
	await them.close();

	// Deleting asks for the confirmation first; the server refuses a form without it too.
	const status = await page.evaluate(async () => {
		const response = await fetch(`${location.pathname}?/delete`, {
			method: 'POST',
			body: new FormData(),
			headers: { 'x-sveltekit-action': 'true' }
		});
		return (await response.json()).status;
	});
	expect(status).toBe(400);
	await expect(page.getByText('要保留记录,请改为停用')).toBeVisible();
	await page.getByRole('checkbox', { name: /我明白/ }).check();
	await page.getByRole('button', { name: '永久删除' }).click();
	await expect(page).toHaveURL(/\/admin\?deleted/);
	await expect(page.getByText('已删除此人和此人的全部记录。')).toBeVisible();
	await page.goto(`/admin?q=${encodeURIComponent(name)}`);
	await expect(page.getByText('没有符合条件的人员。')).toBeVisible();
});

test('an admin cannot deactivate or delete themself', async ({ page }) => {
	await signIn(page, admin);
	await openPerson(page, '陈静');
	await expect(page.getByRole('button', { name: '停用', exact: true })).toHaveCount(0);
	await expect(page.getByLabel('角色')).toBeDisabled();
});

test.describe('@phone-only on a phone', () => {
	test('the people list is one card per person and nothing is wider than the screen', async ({ page }) => {
		await signIn(page, admin);
		await page.goto('/admin');
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(width).toBeLessThanOrEqual(390);
		const row = page.getByTestId('people').locator('tbody tr').first();
		const box = (await row.boundingBox())!;
		expect(box.width).toBeLessThanOrEqual(390);
		// A card: the email sits under the name, each value labelled.
		const name = (await row.locator('th').boundingBox())!;
		const email = (await row.locator('td').first().boundingBox())!;
		expect(email.y).toBeGreaterThan(name.y);
		await openPerson(page, '刘洋');
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		await expectNoSeriousA11yViolations(page);
	});
});
