// Signing in lands each role in its own workspace, unless the sign-in link says where to go next; someone
// who has not practised yet is shown what to do first, as buttons.
import { expect, test } from '@playwright/test';
import { demoPassword, expectNoSeriousA11yViolations } from './helpers';

async function signInFrom(page: import('@playwright/test').Page, email: string, path = '/signin') {
	await page.goto(path);
	await page.getByLabel('邮箱').fill(email);
	await page.getByLabel('密码').fill(demoPassword);
	await page.getByRole('button', { name: '登录', exact: true }).click();
	await expect(page).not.toHaveURL(/\/signin/);
}

for (const [email, landing] of [
	['liu.yang@peilian.demo', '/'],
	['manager.east@peilian.demo', '/team'],
	['trainer@peilian.demo', '/trainer'],
	['admin@peilian.demo', '/admin']
] as const) {
	test(`${email} lands on ${landing} after signing in`, async ({ page }) => {
		await signInFrom(page, email);
		await expect(page).toHaveURL((url) => url.pathname === landing);
	});
}

test('a sign-in link with next= still goes to that page', async ({ page }) => {
	await signInFrom(page, 'manager.east@peilian.demo', '/signin?next=%2Fcases');
	await expect(page).toHaveURL((url) => url.pathname === '/cases');
});

test('a learner lands on the home page with their next step first', async ({ page }) => {
	await signInFrom(page, 'liu.yang@peilian.demo');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('刘洋，你好');
	await expect(page.getByTestId('assigned-to-me')).toBeVisible();
	await expectNoSeriousA11yViolations(page);
});

test('someone who has not practised yet sees what to do first, as buttons, on the home page and on /me', async ({
	page
}) => {
	await signInFrom(page, 'trainer@peilian.demo');
	await page.goto('/');
	const steps = page.getByTestId('first-steps');
	await expect(steps.getByRole('link', { name: '开始阅读' })).toHaveAttribute('href', /^\/courses\/new-sales\//);
	await expect(steps.getByRole('link', { name: '开始练习' })).toHaveAttribute('href', /^\/roleplays\//);
	await page.goto('/me');
	await expect(page.getByTestId('first-steps').getByRole('link', { name: '开始练习' })).toBeVisible();
	await expectNoSeriousA11yViolations(page);
	await page.getByTestId('first-steps').getByRole('link', { name: '开始阅读' }).click();
	await expect(page).toHaveURL(/\/courses\/new-sales\//);
});
