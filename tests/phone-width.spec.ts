// On a phone nothing may make the page wider than the screen: a phone then zooms the whole page out and
// every tap lands somewhere else. Wide tables scroll inside their own region instead.
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './helpers';

async function expectFitsTheScreen(page: Page, path: string) {
	await page.goto(path);
	// The emulated phone's own width: a mobile browser widens its layout viewport (innerWidth) to fit a
	// page that is too wide, so that would hide the very problem.
	const screen = page.viewportSize()!.width;
	const width = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(width, `${path} is ${width} px wide on a ${screen} px screen`).toBeLessThanOrEqual(screen);
}

test.describe('@phone-only every page fits a phone’s width', () => {
	test('pages anyone can open', async ({ page }) => {
		for (const path of [
			'/',
			'/courses',
			'/courses/new-sales',
			'/cases',
			'/roleplays',
			'/roleplays/price-too-high',
			'/search?q=预算',
			'/signin'
		]) {
			await expectFitsTheScreen(page, path);
		}
	});

	test('a learner’s record', async ({ page }) => {
		await signIn(page, 'liu.yang@peilian.demo');
		await expectFitsTheScreen(page, '/me');
	});

	test('a manager’s team, a learner and a role-play’s analytics', async ({ page }) => {
		await signIn(page, 'manager.east@peilian.demo');
		await expectFitsTheScreen(page, '/team');
		const learner = await page
			.getByTestId('team-table')
			.getByRole('link', { name: '刘洋', exact: true })
			.getAttribute('href');
		await expectFitsTheScreen(page, learner!);
		await expectFitsTheScreen(page, '/team/roleplays/price-too-high');
	});

	test('a trainer’s and an admin’s pages', async ({ page }) => {
		await signIn(page, 'trainer@peilian.demo');
		for (const view of ['', '/graph', '/preview'])
			await expectFitsTheScreen(page, `/trainer/roleplays/price-too-high${view}`);
		await expectFitsTheScreen(page, '/trainer');
		await page.context().clearCookies();
		await signIn(page, 'admin@peilian.demo');
		await expectFitsTheScreen(page, '/admin');
	});
});
