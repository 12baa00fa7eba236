import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './helpers';

const headerSearch = (page: Page) => page.getByRole('banner').getByRole('combobox', { name: '搜索' });

// Keyboard shortcuts are for a physical keyboard: the phone project leaves @desktop-only tests out.
test(
	'a salesperson searches from the header with the keyboard alone and lands on the right section',
	{ tag: '@desktop-only' },
	async ({ page }) => {
		test.slow(); // axe runs on the page with the results open
		// The shortcuts belong to the hydrated page; before that the browser keeps its own.
		await page.goto('/', { waitUntil: 'networkidle' });
		const box = headerSearch(page);
		await expect(box).toHaveAttribute('aria-expanded', 'false');

		await page.keyboard.press('/');
		await expect(box).toBeFocused();
		await page.keyboard.type('怎么找到决策人');
		const options = page.getByRole('listbox', { name: '搜索' }).getByRole('option');
		await expect(options.first()).toContainText('找到真正的决策者');
		await expect(box).toHaveAttribute('aria-expanded', 'true');
		await expect(page.getByRole('status').filter({ hasText: '条结果' })).toBeAttached();
		await expectNoSeriousA11yViolations(page);

		await page.keyboard.press('ArrowDown');
		await expect(options.first()).toHaveAttribute('aria-selected', 'true');
		await expect(box).toHaveAttribute('aria-activedescendant', (await options.first().getAttribute('id'))!);
		await page.keyboard.press('Enter');

		await expect(page).toHaveURL(/\/courses\/new-sales\/qualifying-with-man#/);
		expect(decodeURIComponent(new URL(page.url()).hash)).toBe('#找到真正的决策者');
		await expect(page.locator('h2[id="找到真正的决策者"]')).toBeInViewport();
	}
);

test(
	'Ctrl+K opens the search, Escape closes the results, Enter without a choice opens the results page',
	{ tag: '@desktop-only' },
	async ({ page }) => {
		test.slow(); // axe runs on the results page
		await page.goto('/cases', { waitUntil: 'networkidle' });
		const box = headerSearch(page);
		await page.keyboard.press('Control+k');
		await expect(box).toBeFocused();
		await page.keyboard.type('churn');
		await expect(page.getByRole('option').first()).toContainText('高值客户的客户经理制');
		await page.keyboard.press('Escape');
		await expect(box).toHaveAttribute('aria-expanded', 'false');
		await expect(page.getByRole('listbox', { name: '搜索' })).toBeHidden();

		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/search\?q=churn/);
		await expect(page.getByRole('heading', { level: 2, name: '高值客户的客户经理制' })).toBeVisible();
		await expectNoSeriousA11yViolations(page);
	}
);

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the header form opens a results page with highlighted passages and filters by type', async ({ page }) => {
		await page.goto('/');
		await headerSearch(page).fill('competitor 价格');
		await headerSearch(page).press('Enter');
		await expect(page).toHaveURL(/\/search\?q=competitor/);
		await expect(page).toHaveTitle(/competitor 价格 · 搜索/);

		const results = page.locator('.search-result');
		await expect(results.first().getByRole('link').first()).toHaveText(/价格异议/);
		await expect(results.first().locator('mark').first()).toBeVisible();

		const filters = page.getByRole('navigation', { name: '类型' });
		const caseFilter = filters.getByRole('link', { name: /案例/ });
		const caseCount = Number(await caseFilter.locator('.count').innerText());
		expect(caseCount).toBeGreaterThan(0);
		await caseFilter.click();
		await expect(page).toHaveURL(/type=case/);
		await expect(filters.getByRole('link', { name: /案例/ })).toHaveAttribute('aria-current', 'page');
		await expect(results).toHaveCount(caseCount);
		for (const kind of await results.locator('.eyebrow').allInnerTexts()) expect(kind).toBe('案例');
	});

	test('a search that finds nothing says so and offers what to try', async ({ page }) => {
		await page.goto('/search?q=zzqx');
		await expect(page.getByRole('status').filter({ hasText: '没有找到与“zzqx”相关的内容' })).toBeVisible();
		await expect(page.locator('.search-result')).toHaveCount(0);
		await expect(page.getByText('试试少用几个词')).toBeVisible();
	});
});
