// The manager's pages at a laptop's width, as a manager reads them: the whole team grid with names that
// stay in view, a chart that says which role-play each dot is, transcripts as the debrief tells them,
// an assign form that shows only what applies, one wording for a late assignment, and a CSV for people.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, signIn } from './helpers';

const managerA = 'manager.east@peilian.demo';

function passMark(id: string): number {
	return Number(/^pass:\s*(\d+)/m.exec(readFileSync(`content/roleplays/${id}.md`, 'utf8'))![1]);
}

test.describe('@desktop-only a manager at 1366 px', () => {
	test.use({ viewport: { width: 1366, height: 900 } });

	async function openLearner(page: Page, name: string) {
		await page.goto('/team');
		await page.getByTestId('team-table').getByRole('link', { name, exact: true }).click();
		await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
	}

	test('the team grid fits the page and the names stay in view while the role-plays scroll', async ({ page }) => {
		await signIn(page, managerA);
		await page.goto('/team');
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
		const region = page.locator('section').getByRole('region', { name: '华东零售组' });
		let regionBox = (await region.boundingBox())!;
		expect(regionBox.x + regionBox.width).toBeLessThanOrEqual(1366);
		// At 1366 px every role-play column is on screen without scrolling, in Chinese and in English.
		expect(await region.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
		await page.context().addCookies([{ name: 'PARAGLIDE_LOCALE', value: 'en', url: page.url() }]);
		await page.reload();
		expect(await region.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
		// A narrower window scrolls the grid, and the names stay.
		await page.setViewportSize({ width: 1000, height: 900 });
		await region.evaluate((el) => (el.scrollLeft = el.scrollWidth));
		expect(await region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(50);
		regionBox = (await region.boundingBox())!;
		const name = page.getByTestId('team-table').getByRole('link', { name: '刘洋', exact: true });
		const nameBox = (await name.boundingBox())!;
		expect(nameBox.x).toBeGreaterThanOrEqual(regionBox.x);
		expect(nameBox.x + nameBox.width).toBeLessThanOrEqual(regionBox.x + regionBox.width);
		await expect(name).toBeVisible();
		await expectNoSeriousA11yViolations(page);
	});

	test('each dot names its role-play; the transcript shows the customer and the better answer', async ({ page }) => {
		await signIn(page, managerA);
		await openLearner(page, '李娜');
		const chart = page.getByRole('figure').filter({ has: page.getByRole('img', { name: '历次练习成绩' }) });
		const legend = chart.locator('figcaption');
		await expect(legend).toContainText('1');
		const attempts = page.getByTestId('attempt');
		const firstTitle = (await attempts.first().locator(':scope > summary').textContent())!;
		const roleplayOfFirst = firstTitle.split('·')[1].trim();
		await expect(legend).toContainText(roleplayOfFirst);
		// The dot's own number and tooltip name the role-play.
		await expect(chart.locator('svg.plot g.dot title').first()).toContainText(/·/);

		const first = attempts.first();
		await expect(first.getByTestId('customer-lines').first()).toBeVisible();
		await expect(first.getByTestId('customer-lines').first()).toContainText('客户');
		await expect(first.getByText('学员的回答').first()).toBeVisible();
		// Somewhere in the shown attempts a learner missed the best answer: it is shown beside theirs.
		for (const details of await attempts.all()) await details.evaluate((d) => ((d as HTMLDetailsElement).open = true));
		await expect(page.getByTestId('better-answer').first()).toBeVisible();
		await expect(page.getByTestId('better-answer').first()).toContainText('最佳回答');
		const bar = page.locator('.course-progress progress').first();
		expect(await bar.evaluate((el) => getComputedStyle(el).accentColor)).not.toBe('auto');
		await expectNoSeriousA11yViolations(page);
	});

	test('the assign form shows only the chosen kind, defaults to the pass mark and refuses a past date', async ({
		page
	}) => {
		await signIn(page, managerA);
		await openLearner(page, '王芳');
		const assign = page.locator('form[action="?/assign"]');
		await expect(assign.getByRole('combobox', { name: '课程单元' })).toBeHidden();
		// Each role-play's own pass mark, read from its file.
		await assign.getByRole('combobox', { name: '陪练' }).selectOption('bank-key-account');
		await expect(assign.getByLabel('要求分数(%)')).toHaveValue(String(passMark('bank-key-account')));
		await assign.getByRole('combobox', { name: '陪练' }).selectOption('qualify-with-man');
		await expect(assign.getByLabel('要求分数(%)')).toHaveValue(String(passMark('qualify-with-man')));
		await assign.getByRole('radio', { name: '课程单元' }).check();
		await expect(assign.getByRole('combobox', { name: '陪练' })).toBeHidden();
		await expect(assign.getByLabel('要求分数(%)')).toBeHidden();
		await expect(assign.getByRole('combobox', { name: '课程单元' })).toBeVisible();

		// The browser stops a past date itself; the server refuses it too, with the same clear reason.
		await assign.getByRole('radio', { name: '陪练' }).check();
		const due = assign.getByLabel('截止日期');
		expect(await due.getAttribute('min')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		await due.evaluate((el) => el.removeAttribute('min'));
		await due.fill('2020-01-01');
		await assign.getByRole('button', { name: '布置' }).click();
		await expect(assign.getByRole('alert')).toContainText('截止日期不能早于今天');
		await expectNoSeriousA11yViolations(page);
	});

	test('a late assignment reads the same under needs attention and under assignments', async ({ page }) => {
		await signIn(page, managerA);
		await page.goto('/team');
		const atRisk = page.getByTestId('at-risk').locator('.state-overdue').first();
		const wording = (await atRisk.textContent())!.replace(/\s+/g, ' ').trim();
		expect(wording).toContain('已逾期');
		const listed = (await page.getByTestId('assignments').locator('.state-overdue').allTextContents()).map((t) =>
			t.replace(/\s+/g, ' ').trim()
		);
		expect(listed).toContain(wording);
	});

	test('the CSV for people has headings in Chinese, local times and no ids; the full CSV is a second choice', async ({
		page
	}) => {
		await signIn(page, managerA);
		await page.goto('/team');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: '下载 CSV' }).click()
		]);
		const csv = await readFile((await download.path())!, 'utf8');
		const [header, ...rows] = csv.slice(1).split('\r\n').filter(Boolean);
		expect(header.split(',')).toEqual(expect.arrayContaining(['学员', '团队', '陪练', '完成时间', '是否通过']));
		const finished = header.split(',').indexOf('完成时间');
		for (const row of rows.slice(0, 20)) expect(row.split(',')[finished]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
		expect(csv).not.toMatch(/[0-9a-f]{32}/);
		expect(csv).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
		await expect(page.getByRole('link', { name: '完整 CSV(供系统导入)' })).toBeVisible();
	});
});

test.describe('@desktop-only without JavaScript', () => {
	test.use({ viewport: { width: 1366, height: 900 }, javaScriptEnabled: false });

	test('the assign form shows only the role-play fields until the module is chosen', async ({ page }) => {
		await signIn(page, managerA);
		await page.goto('/team');
		const assign = page.locator('form[action="?/assign"]').first();
		await expect(assign.getByRole('combobox', { name: '课程单元' })).toBeHidden();
		await assign.getByRole('radio', { name: '课程单元' }).check();
		await expect(assign.getByRole('combobox', { name: '陪练' })).toBeHidden();
		await expect(assign.getByRole('combobox', { name: '课程单元' })).toBeVisible();
	});
});
