// English means English for the content's vocabulary too: skills, tags and industries show their English
// labels from content/vocabulary.yaml in chips, filters and chart legends.
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, signIn } from './helpers';

test('the role-play catalogue and the cases show skills, tags and industries in English', async ({ browser }) => {
	const context = await browser.newContext({ locale: 'en-US' });
	const page = await context.newPage();
	await page.goto('/roleplays');
	const topics = page.getByLabel('Topic').locator('option');
	expect(await topics.count()).toBeGreaterThan(1);
	for (const text of await topics.allTextContents()) expect(text).not.toMatch(/[\u4e00-\u9fff]/);
	await expect(page.locator('.tag', { hasText: 'Empathy' }).first()).toBeVisible();
	await expect(page.locator('.tag', { hasText: '共情' })).toHaveCount(0);
	await expectNoSeriousA11yViolations(page);

	await page.goto('/cases');
	await expect(page.locator('.eyebrow', { hasText: 'Banking' }).first()).toBeVisible();
	await expect(page.getByLabel('Industry').locator('option', { hasText: 'Appliance retail' })).toHaveCount(1);
	await expect(page.getByLabel('Skill').locator('option', { hasText: 'Key accounts' })).toHaveCount(1);

	// A role-play card inside a module's markdown too.
	await page.goto('/courses/new-sales/price-objections');
	await expect(page.locator('.rp-card .tag', { hasText: 'Empathy' }).first()).toBeVisible();
	await context.close();
});

test('a learner’s skill chart names the skills in English', async ({ page }) => {
	await signIn(page, 'liu.yang@peilian.demo');
	await page.context().addCookies([{ name: 'PARAGLIDE_LOCALE', value: 'en', url: page.url() }]);
	await page.goto('/me');
	const skills = page.locator('section[aria-labelledby="skills-heading"]');
	await expect(skills.getByText('Empathy').first()).toBeAttached();
	await expect(skills.getByText('共情')).toHaveCount(0);
});
