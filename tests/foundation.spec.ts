import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, openHeaderMenu } from './helpers';

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

test('a learner goes from the home page into a course and on to the next module', async ({ page }) => {
	await page.goto('/');
	await expect(page).toHaveTitle(/陪练/);
	await expectNoSeriousA11yViolations(page);

	await page.getByRole('link', { name: '新人销售训练营' }).first().click();
	await expect(heading(page)).toHaveText('新人销售训练营');
	await expect(page).toHaveTitle(/新人销售训练营/);
	const modules = page.locator('.module-list h3 a');
	expect(await modules.count()).toBeGreaterThanOrEqual(8);
	const [first, second] = [await modules.nth(0).innerText(), await modules.nth(1).innerText()];
	await expectNoSeriousA11yViolations(page);

	await modules.first().click();
	await expect(heading(page)).toHaveText(first);
	await expect(page).toHaveURL(/\/courses\/new-sales\/[a-z0-9-]+$/);
	await expect(
		page.getByRole('navigation', { name: '位置' }).getByRole('link', { name: '新人销售训练营' })
	).toBeVisible();
	await expect(page.locator('article[lang="zh"] .prose h2[id]').first()).toBeVisible();
	await expectNoSeriousA11yViolations(page);

	await page.getByRole('link', { name: /下一个/ }).click();
	await expect(heading(page)).toHaveText(second);
	await expect(page.getByRole('link', { name: /上一个/ })).toContainText(first);

	await page.goto('/');
	await expect(page.getByRole('heading', { name: '继续学习' })).toBeVisible();
	await expect(page.getByRole('link', { name: '继续阅读' })).toHaveAttribute('href', /\/courses\/new-sales\//);
});

test('a module shows its key points and launches its role-play with a way back', async ({ page }) => {
	await page.goto('/courses/new-sales/qualifying-with-man');
	await expect(page.getByRole('note').filter({ hasText: '要点' }).first()).toBeVisible();
	const launch = page.getByRole('link', { name: /开始陪练/ }).first();
	await expect(launch).toHaveAttribute(
		'href',
		'/roleplays/qualify-with-man?from=%2Fcourses%2Fnew-sales%2Fqualifying-with-man'
	);
});

test('a trainer filters the cases by industry and opens one with its discussion questions', async ({ page }) => {
	await page.goto('/cases');
	await expect(heading(page)).toHaveText('案例');
	const all = await page.locator('.card-grid > li').count();
	expect(all).toBeGreaterThanOrEqual(6);
	await expectNoSeriousA11yViolations(page);

	await page.getByRole('combobox', { name: '行业' }).selectOption('银行');
	await page.getByRole('button', { name: '筛选' }).click();
	await expect(page).toHaveURL(/industry=%E9%93%B6%E8%A1%8C/);
	const cards = page.locator('.card-grid > li');
	await expect(cards.first()).toBeVisible();
	const count = await cards.count();
	expect(count).toBeLessThan(all);
	await expect(page.locator('.card-grid .eyebrow')).toHaveText(Array(count).fill('银行'));
	await expect(page.getByRole('main').getByRole('status')).toHaveText(`共 ${count} 个案例`);

	const title = await cards.first().getByRole('heading').innerText();
	await cards.first().getByRole('link').click();
	await expect(heading(page)).toHaveText(title);
	const questions = page.getByRole('region', { name: '讨论题' }).getByRole('listitem');
	expect(await questions.count()).toBeGreaterThanOrEqual(3);
	await expectNoSeriousA11yViolations(page);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the case filters still work through the query string, and clear', async ({ page }) => {
		await page.goto('/cases');
		const all = await page.locator('.card-grid > li').count();
		await page.getByRole('combobox', { name: '技能' }).selectOption('大客户经营');
		await page.getByRole('button', { name: '筛选' }).click();
		await expect(page).toHaveURL(/skill=%E5%A4%A7%E5%AE%A2%E6%88%B7%E7%BB%8F%E8%90%A5/);
		const filtered = await page.locator('.card-grid > li').count();
		expect(filtered).toBeGreaterThan(0);
		expect(filtered).toBeLessThan(all);
		await expect(page.getByRole('combobox', { name: '技能' })).toHaveValue('大客户经营');

		await page.getByRole('link', { name: '清除筛选' }).first().click();
		await expect(page).toHaveURL(/\/cases$/);
		await expect(page.locator('.card-grid > li')).toHaveCount(all);
	});

	test('the language switch works and is remembered', async ({ page }) => {
		await page.goto('/courses');
		await openHeaderMenu(page);
		await page.getByRole('button', { name: 'English' }).click();
		await expect(page).toHaveURL(/\/courses$/);
		await expect(heading(page)).toHaveText('Courses');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await page.goto('/cases');
		await expect(heading(page)).toHaveText('Cases');
	});
});

test('the interface follows the browser language and can switch back to Chinese', async ({ browser }) => {
	const context = await browser.newContext({ locale: 'en-US' });
	const page = await context.newPage();
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await openHeaderMenu(page);
	await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Courses' })).toBeVisible();
	await expectNoSeriousA11yViolations(page);

	await openHeaderMenu(page);
	await page.getByRole('button', { name: '中文' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh');
	await openHeaderMenu(page);
	await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '课程' })).toBeVisible();
	const cookies = await context.cookies();
	expect(cookies.find((c) => c.name === 'PARAGLIDE_LOCALE')?.value).toBe('zh');
	await context.close();
});

test('an unknown course, module or case is a 404 page', async ({ page }) => {
	for (const path of ['/courses/no-such-course', '/courses/new-sales/no-such-module', '/cases/no-such-case']) {
		const response = await page.goto(path);
		expect(response?.status()).toBe(404);
		await expect(heading(page)).toHaveText('找不到这个页面。');
	}
	await expectNoSeriousA11yViolations(page);
});
