// One time zone for the whole organisation (Asia/Shanghai unless PEILIAN_TIME_ZONE says otherwise): the
// same attempt shows the same clock time to the learner and to their manager.
import { expect, test } from '@playwright/test';
import { signIn } from './helpers';

test('@desktop-only an attempt shows the same local time on the learner’s record and on the manager’s page', async ({
	page
}) => {
	await signIn(page, 'liu.yang@peilian.demo');
	await page.goto('/me');
	const latest = page.getByTestId('my-attempts').getByRole('row').nth(1).getByRole('cell').first();
	const when = (await latest.textContent())!.trim();
	expect(when, 'a month, a day and a 24-hour clock time').toMatch(/\d{2}:\d{2}$/);

	await page.context().clearCookies();
	await signIn(page, 'manager.east@peilian.demo');
	await page.goto('/team');
	const learner = await page
		.getByTestId('team-table')
		.getByRole('link', { name: '刘洋', exact: true })
		.getAttribute('href');
	await page.goto(learner!);
	await expect(page.getByText(when).filter({ visible: true }).first()).toBeVisible();
});
