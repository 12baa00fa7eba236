// The answers are shown in an order shuffled per attempt: different between attempts, the same for one
// attempt after a reload, and the number keys pick what is on screen. Playing by the lines still scores
// what `peilian play --choices` gives for the same positions.
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './helpers';

test.use({ contextOptions: { reducedMotion: 'reduce' } });

const options = (page: Page) => page.getByRole('region', { name: '你会怎么说？' }).getByRole('button');
/** The lines on screen, in order, without the key numbers beside them. */
const shownLines = async (page: Page) =>
	(await options(page).allInnerTexts()).map((text) => text.replace(/^\d+\s*/, '').trim());

async function freshAttempt(page: Page) {
	await page.goto('/roleplays/price-too-high');
	await page.evaluate(() => localStorage.clear());
	await page.reload();
	await page.getByRole('button', { name: '开始练习' }).click();
	await expect(options(page).first()).toBeVisible();
}

test('different attempts show the first step’s answers in different orders, each the same set', async ({ page }) => {
	const orders: string[][] = [];
	for (let i = 0; i < 5; i++) {
		await freshAttempt(page);
		orders.push(await shownLines(page));
	}
	for (const order of orders) expect([...order].sort()).toEqual([...orders[0]].sort());
	// with three or more answers, five attempts in one order would happen less than once in a thousand runs
	expect(orders[0].length).toBeGreaterThanOrEqual(3);
	expect(new Set(orders.map((o) => o.join('|'))).size).toBeGreaterThan(1);
});

test('a reload shows the same order at the step reached, and the number keys pick what is on screen', async ({
	page
}) => {
	await freshAttempt(page);
	const first = await shownLines(page);
	await page.keyboard.press('2');
	await expect(page.getByRole('log')).toContainText(first[1]);
	await expect(options(page).first()).toBeVisible();
	const before = await shownLines(page);

	await page.reload();
	await expect(page.getByText('已接着上次的进度继续。')).toBeVisible();
	expect(await shownLines(page)).toEqual(before);
	await page.keyboard.press(String(before.length));
	await expect(page.getByRole('log')).toContainText(before[before.length - 1]);
});

// One learner per project, so that desktop and phone runs do not share a history.
const learnerOf: Record<string, string> = { desktop: 'ma.jun@peilian.demo', phone: 'hu.jing@peilian.demo' };

test('the attempt page lists each step’s answers in the order that attempt showed them', async ({ page }, info) => {
	await signIn(page, learnerOf[info.project.name] ?? learnerOf.desktop);
	await freshAttempt(page);
	const seen: string[][] = [];
	while (await options(page).first().isVisible()) {
		const shown = await shownLines(page);
		seen.push(shown);
		await options(page).first().click();
		await expect(options(page).first().or(page.getByTestId('debrief-percent'))).toBeVisible();
		if (await page.getByTestId('debrief-percent').isVisible()) break;
		await expect.poll(async () => (await shownLines(page)).join('|')).not.toBe(shown.join('|'));
	}
	await expect(page.getByText(/已记入你的练习记录/)).toBeVisible();

	await page.goto('/me');
	await page.getByTestId('my-attempts').getByRole('row').nth(1).getByRole('link', { name: '复盘' }).click();
	await expect(page.getByTestId('debrief-result')).toBeVisible();
	const lists = page.locator('details.shown ol');
	await expect(lists).toHaveCount(seen.filter((shown) => shown.length > 1).length);
	const onPage = await lists.evaluateAll((ols) =>
		ols.map((ol) => [...ol.querySelectorAll('li')].map((li) => li.textContent?.trim() ?? ''))
	);
	expect(onPage).toEqual(seen.filter((shown) => shown.length > 1));
});

test('the trainer’s preview lists the answers in file order and says so', async ({ page }) => {
	await signIn(page, 'trainer@peilian.demo');
	await page.goto('/trainer/roleplays/price-too-high/preview');
	await expect(page.getByTestId('preview-order-note')).toHaveText(/按文件顺序.*随机打乱/);
	const numbers = await page.getByTestId('preview-step').locator('.position').allInnerTexts();
	expect(numbers.length).toBeGreaterThan(1);
	expect(numbers).toEqual(numbers.map((_, i) => `${i + 1}.`));
});
