// The trainer's pages at a laptop's width: a role-play graph whose labels can be read without zooming,
// and a preview and content list that use the trainer's own names for skills, variables and endings.
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, signIn } from './helpers';

test.describe('@desktop-only a trainer at 1366 px', () => {
	test.use({ viewport: { width: 1366, height: 900 } });

	test('the graph at fit width keeps every label readable and scrolls inside its region', async ({ page }) => {
		await signIn(page, 'trainer@peilian.demo');
		await page.goto('/trainer/roleplays/price-too-high/graph');
		const heights = await page
			.locator('svg text.edge-label, svg text.title')
			.evaluateAll((texts) => texts.map((t) => t.getBoundingClientRect().height));
		expect(heights.length).toBeGreaterThan(10);
		// A glyph box of 12 px or more is text of about 10 px and up; it was 6 px before.
		expect(Math.min(...heights)).toBeGreaterThanOrEqual(12);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
		await expectNoSeriousA11yViolations(page);
	});

	test('the preview names skills and variables by their labels, and endings by their titles', async ({ page }) => {
		await signIn(page, 'trainer@peilian.demo');
		await page.goto('/trainer/roleplays/price-too-high/preview');
		const text = (await page.locator('main').textContent())!;
		expect(text).not.toMatch(/\b(empathy|value|objection|closing|trust) ?[-+=]/);
		await expect(page.getByText(/信任 = 0/)).toBeVisible();
		await expect(page.getByTestId('preview-step').locator('.tag').first()).toContainText(
			/共情|价值呈现|异议处理|促成|信任/
		);

		await page.goto('/trainer');
		for (const endings of await page.locator('.endings').all())
			await expect(endings).not.toContainText(/\b(won|lost|neutral|margin):/);
		await expect(page.getByText('交了定金 (成交)').first()).toBeVisible();
		await expectNoSeriousA11yViolations(page);
	});
});
