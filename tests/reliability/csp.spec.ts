// The Content-Security-Policy must not break the app: every page, as each kind of person, loads and
// starts in Chromium without a single CSP violation (the other end-to-end tests drive the pages under
// the same policy).
import { expect, test, type Page } from '@playwright/test';

const password = 'peilian-demo';

const pagesFor: Record<string, { email?: string; paths: string[] }> = {
	visitor: {
		paths: [
			'/',
			'/courses',
			'/courses/new-sales',
			'/cases',
			'/cases/kitchen-showroom',
			'/roleplays',
			'/roleplays/price-too-high',
			'/search?q=价格',
			'/signin'
		]
	},
	learner: {
		email: 'liu.yang@peilian.demo',
		paths: ['/me', '/account', '/roleplays/price-too-high', '/courses/new-sales']
	},
	manager: {
		email: 'manager.east@peilian.demo',
		paths: ['/team', '/team/roleplays/price-too-high', '/trainer/roleplays/price-too-high']
	},
	trainer: {
		email: 'trainer@peilian.demo',
		paths: [
			'/trainer',
			'/trainer/roleplays/price-too-high',
			'/trainer/roleplays/price-too-high/graph',
			'/trainer/roleplays/price-too-high/preview'
		]
	},
	admin: { email: 'admin@peilian.demo', paths: ['/admin'] }
};

async function watchViolations(page: Page): Promise<string[]> {
	const violations: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
	});
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) =>
			console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`)
		);
	});
	return violations;
}

for (const [who, { email, paths }] of Object.entries(pagesFor)) {
	// The policy is the same on a phone: @desktop-only keeps this to the desktop project.
	test(
		`every page works under the Content-Security-Policy for a ${who}`,
		{ tag: '@desktop-only' },
		async ({ page }) => {
			const violations = await watchViolations(page);
			if (email) {
				await page.goto('/signin');
				await page.getByLabel('邮箱').fill(email);
				await page.getByLabel('密码').fill(password);
				await page.getByRole('button', { name: '登录', exact: true }).click();
				await expect(page).not.toHaveURL(/\/signin/);
			}
			for (const path of paths) {
				const response = await page.goto(path);
				expect(response?.status(), path).toBe(200);
				expect(response?.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
				await page.waitForLoadState('networkidle');
			}
			expect(violations).toEqual([]);
		}
	);
}
