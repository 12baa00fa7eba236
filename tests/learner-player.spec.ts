// The learner's player: the bar stays in view, starting over asks first, the meter says what it measures,
// and the customer's typing can be skipped.
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, signIn } from './helpers';

async function openFresh(page: import('@playwright/test').Page, id: string) {
	await page.goto(`/roleplays/${id}`, { waitUntil: 'networkidle' });
	await page.evaluate(() => localStorage.clear());
	await page.reload({ waitUntil: 'networkidle' });
	await page.getByRole('button', { name: '开始练习' }).click();
}

test('@desktop-only the bar stays visible under the site header once the chat scrolls', async ({ page }) => {
	await page.setViewportSize({ width: 1366, height: 500 });
	await openFresh(page, 'price-too-high');
	await page.getByRole('region', { name: '你会怎么说？' }).getByRole('button').first().click();
	await page.mouse.wheel(0, 2000);
	const bar = page.locator('.dialogue .bar');
	const header = await page.locator('.site-header').boundingBox();
	await expect(async () => {
		const box = (await bar.boundingBox())!;
		expect(box.y).toBeGreaterThanOrEqual(header!.y + header!.height - 1);
	}).toPass();
	await expect(page.getByRole('button', { name: '重新开始' })).toBeInViewport();
});

test('starting over after an answer asks first, and keeps the answers when the learner declines', async ({ page }) => {
	await openFresh(page, 'price-too-high');
	await page.getByRole('region', { name: '你会怎么说？' }).getByRole('button').first().click();
	const mine = page.locator('.log .mine');
	await expect(mine).toHaveCount(1);

	page.once('dialog', (dialog) => {
		expect(dialog.message()).toContain('丢掉');
		void dialog.dismiss();
	});
	await page.getByRole('button', { name: '重新开始' }).click();
	await expect(mine).toHaveCount(1);

	page.once('dialog', (dialog) => void dialog.accept());
	await page.getByRole('button', { name: '重新开始' }).click();
	await expect(mine).toHaveCount(0);
});

test('the meter names what it measures, shows its range and what the last answer changed', async ({ page }) => {
	await openFresh(page, 'price-too-high');
	await expect(page.locator('#meter-label')).toHaveText('客户信任');
	await expect(page.getByTestId('meter-value')).toHaveText(/^0（-?\d+ 至 \+\d+）$/);
	// Not every answer moves the meter: answer until one does.
	for (let answered = 0; answered < 5 && !(await page.getByTestId('meter-change').isVisible()); answered++)
		await page.getByRole('region', { name: '你会怎么说？' }).getByRole('button').first().click();
	await expect(page.getByTestId('meter-change')).toHaveText(/^上一步 [+-]\d+$/);
	await expectNoSeriousA11yViolations(page);
});

test('@desktop-only Space shows the customer’s whole turn at once', async ({ page }) => {
	await openFresh(page, 'price-too-high');
	await expect(page.getByTestId('skip-typing')).toBeVisible();
	await page.locator('body').focus();
	await page.keyboard.press('Space');
	await expect(page.getByTestId('skip-typing')).toBeHidden();
	await expect(page.getByRole('region', { name: '你会怎么说？' }).getByRole('button').first()).toBeVisible();
});

test('the kitchen-showroom case links to the role-play that tells the same story', async ({ page }) => {
	await page.goto('/cases/kitchen-showroom');
	await expect(page.locator('a[href^="/roleplays/price-too-high"]').first()).toBeVisible();
});

test('a course page says where to continue once modules are done', async ({ page }, info) => {
	// Someone with no module done yet, a different one per project since both share the database.
	await signIn(page, info.project.name === 'phone' ? 'manager.ka@peilian.demo' : 'manager.east@peilian.demo');
	await page.goto('/courses/new-sales');
	await expect(page.getByTestId('course-continue')).toHaveText('从第一个模块开始');
	await page.getByTestId('course-continue').click();
	await page.getByRole('button', { name: '标记为已完成' }).click();
	await expect(page.getByRole('status').filter({ hasText: '已完成' })).toBeVisible();
	await page.goto('/courses/new-sales');
	await expect(page.getByTestId('course-continue')).toHaveText(/^继续第 2 课：/);
});

test('the role-play catalogue offers a few shared topics and shows what is in progress', async ({ page }) => {
	await page.goto('/roleplays/price-too-high', { waitUntil: 'networkidle' });
	await page.evaluate(() => localStorage.clear());
	await page.reload({ waitUntil: 'networkidle' });
	await page.getByRole('button', { name: '开始练习' }).click();
	await page.getByRole('region', { name: '你会怎么说？' }).getByRole('button').first().click();
	await expect(page.locator('.log .mine')).toHaveCount(1);

	await page.goto('/roleplays', { waitUntil: 'networkidle' });
	const topics = page.getByLabel('话题').locator('option');
	expect(await topics.count()).toBeLessThanOrEqual(6);
	const card = page.locator('.card').filter({ has: page.locator('a[href="/roleplays/price-too-high"]') });
	await expect(card.getByTestId('in-progress')).toHaveText(/进行中（已答 1 步）/);
	await expectNoSeriousA11yViolations(page);
});
