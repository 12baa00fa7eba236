// Shared helpers for the end-to-end tests.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Runs axe-core (WCAG 2.1 A/AA rules) on the page and fails on any serious or critical violation. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
		.analyze();
	const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	const report = serious.map(
		(v) =>
			`${v.impact}: ${v.id} (${v.help})\n${v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n')}`
	);
	expect(report, `axe violations on ${page.url()}`).toEqual([]);
}

/** The demo organisation's password (see the README). */
export const demoPassword = 'peilian-demo';

/** Signs in through the form, as a person would, and waits to leave the sign-in page. */
export async function signIn(page: Page, email: string, password = demoPassword): Promise<void> {
	await page.goto('/signin');
	await page.getByLabel('邮箱').fill(email);
	await page.getByLabel('密码').fill(password);
	await page.getByRole('button', { name: '登录', exact: true }).click();
	await expect(page).not.toHaveURL(/\/signin/);
}

/**
 * On a phone the navigation, account links and language switch sit behind the header's menu button:
 * opens it there (it closes again on the next page), does nothing on a wider screen.
 */
export async function openHeaderMenu(page: Page): Promise<void> {
	const menu = page.getByTestId('header-menu-button');
	if (!(await menu.isVisible())) return;
	// A click before the page is hydrated does nothing: click until the menu says it is open.
	await expect(async () => {
		if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
		await expect(menu).toHaveAttribute('aria-expanded', 'true', { timeout: 1000 });
	}).toPass();
}
