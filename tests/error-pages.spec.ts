// Error pages speak the reader's language: no English server message under a Chinese heading.
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, openHeaderMenu, signIn } from './helpers';

test('a learner who opens the team page is told, in their language, that it is not open to them', async ({ page }) => {
	await signIn(page, 'liu.yang@peilian.demo');
	const response = await page.goto('/team');
	expect(response?.status()).toBe(403);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('这个页面不对你的账号开放。');
	await expect(page.getByText('Not allowed for your role')).toHaveCount(0);
	await expectNoSeriousA11yViolations(page);

	await openHeaderMenu(page);
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page is not open to your account.');
	await expect(page.getByTestId('error-detail')).toHaveText(/ask your manager or an admin/);
});

test('a missing page says so in English for an English reader', async ({ browser }) => {
	const context = await browser.newContext({ locale: 'en-US' });
	const page = await context.newPage();
	const response = await page.goto('/courses/no-such-course');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist.');
	await expect(page.getByText('No such course')).toHaveCount(0);
	await context.close();
});
