// On a phone the header is one compact bar; the navigation, the account links and the language switch
// sit behind a menu button, and the search box behind a search button.
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, signIn } from './helpers';

test.describe('@phone-only the compact phone header', () => {
	test('a learner’s header is one bar whose menu opens the navigation, account and language', async ({ page }) => {
		await signIn(page, 'liu.yang@peilian.demo');
		await page.goto('/courses');
		const header = page.locator('.site-header');
		const height = (await header.boundingBox())!.height;
		expect(height, 'the closed header is a single row').toBeLessThanOrEqual(64);
		await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();

		const menu = page.getByRole('button', { name: '菜单' });
		await menu.click();
		await expect(page.getByRole('button', { name: '关闭菜单' })).toHaveAttribute('aria-expanded', 'true');
		const nav = page.getByRole('navigation', { name: '主导航' });
		await expect(nav.getByRole('link', { name: '陪练' })).toBeVisible();
		await expect(page.getByRole('link', { name: '我的练习' })).toBeVisible();
		await expect(page.getByRole('button', { name: '退出登录' })).toBeVisible();
		await expect(page.getByRole('button', { name: 'English' })).toBeVisible();
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		await expectNoSeriousA11yViolations(page);

		await nav.getByRole('link', { name: '案例' }).click();
		await expect(page).toHaveURL(/\/cases$/);
		await expect(nav).toBeHidden();
	});

	test('the search button opens a full-width search box', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('combobox', { name: '搜索' })).toBeHidden();
		await page.getByTestId('header-search-button').click();
		const box = page.getByRole('combobox', { name: '搜索' });
		await expect(box).toBeFocused();
		expect((await box.boundingBox())!.width).toBeGreaterThan(300);
		await box.fill('预算');
		await box.press('Enter');
		await expect(page).toHaveURL(/\/search\?q=/);
	});
});

test.describe('@desktop-only the desktop header', () => {
	// The admin has the most links; English has the longest words.
	test('an admin’s header in English is one row and its search placeholder is not cut off', async ({ page }) => {
		await page.setViewportSize({ width: 1366, height: 900 });
		await signIn(page, 'admin@peilian.demo');
		await page.goto('/courses');
		await expect(page.getByRole('button', { name: '菜单' })).toBeHidden();
		await page.getByRole('button', { name: 'English' }).click();
		await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' })).toBeVisible();
		expect((await page.locator('.site-header').boundingBox())!.height).toBeLessThanOrEqual(72);
		const box = page.getByRole('combobox', { name: 'Search' });
		const fits = await box.evaluate((input: HTMLInputElement) => {
			const style = getComputedStyle(input);
			const context = document.createElement('canvas').getContext('2d')!;
			context.font = `${style.fontSize} ${style.fontFamily}`;
			const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
			return context.measureText(input.placeholder).width <= room;
		});
		expect(fits, 'the placeholder fits its box').toBe(true);
	});
});
