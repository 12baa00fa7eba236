// The role-play player as a learner uses it: choices clicked by what they say, the debrief's figures
// against the command line's, resuming after a reload, the keyboard alone, and axe on every phase.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import {
	choose,
	compileRoleplay,
	initialState,
	offeredChoices,
	type PlayState,
	type Roleplay
} from '../src/lib/roleplay/index';
import { expectNoSeriousA11yViolations } from './helpers';

// Positions as `peilian play --choices` takes them: a golden and a weak path from src/lib/roleplay/bundled.test.ts.
// price-too-high coaches after each answer; bank-key-account only in the debrief (`feedback: end`).
const paths = {
	'price-too-high': { golden: [2, 2, 3, 3, 1, 3, 2, 2, 5, 2], weak: [1, 1, 2, 1] },
	'bank-key-account': { golden: [3, 3, 2, 1, 1, 2, 2, 5, 3, 2], weak: [3, 3, 1, 1, 3, 2, 1, 5, 1, 3] }
} as const;
type Id = keyof typeof paths;

interface PlayJson {
	outcome: 'won' | 'lost' | 'neutral';
	percent: number;
	passed: boolean;
	skills: Record<string, { score: number; best: number; percent: number | null }>;
}

const fileOf = (id: Id) => `content/roleplays/${id}.md`;

function compiled(id: Id): Roleplay {
	const { roleplay } = compileRoleplay(fileOf(id), readFileSync(fileOf(id), 'utf8'));
	if (!roleplay) throw new Error(`${id} does not compile`);
	return roleplay;
}

function cli(id: Id, positions: readonly number[]): PlayJson {
	const out = execFileSync('npx', ['peilian', 'play', fileOf(id), '--choices', positions.join(','), '--json'], {
		encoding: 'utf8'
	});
	return JSON.parse(out) as PlayJson;
}

/** The learner's lines for these positions, in order, as the buttons name them (the screen's order is shuffled). */
function linesOf(rp: Roleplay, positions: readonly number[]): { text: string }[] {
	let state: PlayState = initialState(rp);
	return positions.map((position) => {
		const choice = offeredChoices(rp, state).find((c) => c.position === position);
		const next = choose(rp, state, position);
		if (!choice || 'error' in next) throw new Error(`position ${position} is not offered at ${state.step}`);
		state = next;
		return { text: choice.text };
	});
}

const option = (page: Page, text: string) => page.getByRole('button', { name: text, exact: true });
const transcript = (page: Page) => page.getByRole('log');

async function open(page: Page, id: Id) {
	await page.goto(`/roleplays/${id}`);
	await page.evaluate(() => localStorage.clear());
	await page.reload();
}

async function start(page: Page) {
	await page.getByRole('button', { name: '开始练习' }).click();
}

async function expectDebriefMatches(page: Page, rp: Roleplay, expected: PlayJson) {
	await expect(page.getByTestId('debrief-percent')).toHaveText(`${expected.percent}%`);
	await expect(page.getByTestId('debrief-verdict')).toContainText(expected.passed ? '通过' : '未通过');
	if (expected.passed) await expect(page.getByTestId('debrief-verdict')).not.toContainText('未通过');
	const bars = page.getByRole('region', { name: '各项技能' }).getByRole('listitem');
	await expect(bars).toHaveText(
		Object.entries(rp.skills).map(([key, label]) => {
			const percent = expected.skills[key].percent;
			return new RegExp(`${label}\\s*${percent === null ? '—' : `${percent}%`}`);
		})
	);
}

// Reduced motion turns the customer's typing delay off, so the tests never wait for it.
test.use({ contextOptions: { reducedMotion: 'reduce' } });
// Whole role-plays, each beside a run of the command line: more than the default half minute on a busy machine.
test.describe.configure({ timeout: 120_000 });

for (const id of Object.keys(paths) as Id[]) {
	for (const kind of ['golden', 'weak'] as const) {
		test(`${id}: the ${kind} path, clicked by its lines, scores what the command line scores`, async ({ page }) => {
			const rp = compiled(id);
			const positions = paths[id][kind];
			const expected = cli(id, positions);
			expect(expected.passed).toBe(kind === 'golden');

			await open(page, id);
			await start(page);
			const lines = linesOf(rp, positions);
			for (const { text } of lines.slice(0, -1)) {
				await option(page, text).click();
				await expect(transcript(page)).toContainText(text);
			}
			// Coaching appears after each answer, or only in the debrief, as the file says.
			await expect(transcript(page).getByText('教练点评')).toHaveCount(
				rp.feedback === 'immediate' ? lines.length - 1 : 0
			);
			await option(page, lines[lines.length - 1].text).click();
			await expect(page.getByRole('heading', { level: 2, name: /成交|客户走了|留了余地/ })).toBeFocused();
			await expectDebriefMatches(page, rp, expected);
			const review = page
				.getByRole('region', { name: '逐步复盘' })
				.getByRole('listitem')
				.filter({ has: page.getByRole('heading', { level: 4 }) });
			await expect(review).toHaveCount(positions.length);
			if (kind === 'golden') await expect(review.filter({ hasText: '你的选择就是最佳' })).toHaveCount(positions.length);
			else await expect(review.filter({ hasText: '最佳回答' }).first()).toBeVisible();
		});
	}
}

test('with immediate feedback, each answer is followed by its coaching and its skill points with a sign', async ({
	page
}) => {
	const rp = compiled('price-too-high');
	const [welcome] = linesOf(rp, [paths['price-too-high'].golden[0]]);
	await open(page, 'price-too-high');
	await start(page);
	await option(page, welcome.text).click();
	const coach = transcript(page).getByRole('listitem').filter({ hasText: '教练点评' });
	await expect(coach).toContainText(/共情\s*\+1/);
	await expect(coach.getByRole('list', { name: '技能得分变化' })).toContainText('▲');
	await expect(page.getByRole('meter', { name: '客户信任' })).toHaveAttribute('aria-valuenow', '1');
});

test('a reload in the middle resumes at the same step with the same transcript and meter', async ({ page }) => {
	const rp = compiled('price-too-high');
	const lines = linesOf(rp, paths['price-too-high'].golden.slice(0, 4));
	await open(page, 'price-too-high');
	await start(page);
	for (const { text } of lines) await option(page, text).click();
	const next = linesOf(rp, paths['price-too-high'].golden.slice(0, 5))[4].text;
	await expect(option(page, next)).toBeVisible();
	const before = await transcript(page).innerText();
	const meter = await page.getByRole('meter').getAttribute('aria-valuenow');
	const offered = await page.getByRole('region', { name: '你会怎么说？' }).getByRole('button').allInnerTexts();

	await page.reload();
	await expect(option(page, next)).toBeVisible();
	expect(await transcript(page).innerText()).toBe(before);
	await expect(page.getByRole('meter')).toHaveAttribute('aria-valuenow', meter!);
	expect(await page.getByRole('region', { name: '你会怎么说？' }).getByRole('button').allInnerTexts()).toEqual(offered);
	await expect(page.getByText('已接着上次的进度继续。')).toBeVisible();
});

test('a kept attempt on an older version of the file is not resumed; the learner is told and can restart', async ({
	page
}) => {
	await open(page, 'price-too-high');
	await page.evaluate(() => {
		const at = new Date().toISOString();
		const attempt = {
			id: crypto.randomUUID(),
			roleplay: 'price-too-high',
			version: '0'.repeat(64),
			choices: [1, 1],
			startedAt: at,
			updatedAt: at
		};
		localStorage.setItem('peilian:attempt:price-too-high', JSON.stringify(attempt));
	});
	await page.reload();
	await expect(page.getByRole('status').filter({ hasText: '内容更新了' })).toBeVisible();
	await page.getByRole('button', { name: '重新开始' }).click();
	await expect(page.getByRole('log')).not.toContainText('逛了一下午，累了吧');
	await expect(page.getByRole('button').filter({ hasText: '逛了一下午，累了吧' })).toBeVisible();
});

test('keyboard only: a whole role-play played without the mouse, focus following the conversation', async ({
	page
}) => {
	const rp = compiled('bank-key-account');
	const positions = paths['bank-key-account'].golden;
	const expected = cli('bank-key-account', positions);
	await open(page, 'bank-key-account');

	const startButton = page.getByRole('button', { name: '开始练习' });
	for (let i = 0; i < 40 && !(await startButton.evaluate((el) => el === document.activeElement)); i++)
		await page.keyboard.press('Tab');
	await expect(startButton).toBeFocused();
	await page.keyboard.press('Enter');

	const options = page.getByRole('region', { name: '你会怎么说？' }).getByRole('button');
	for (const [index, { text }] of linesOf(rp, positions).entries()) {
		await expect(options.first()).toBeFocused();
		// The answers are shuffled: the key is the number shown beside the line on screen.
		const key = (await options.allInnerTexts()).findIndex((shown) => shown.endsWith(text)) + 1;
		expect(key).toBeGreaterThan(0);
		// The first option is already focused: Enter takes it; any other is picked by its number.
		await page.keyboard.press(key === 1 ? 'Enter' : String(key));
		if (index < positions.length - 1) await expect(transcript(page)).toContainText(text);
	}
	await expect(page.getByRole('heading', { level: 2, name: '成交了' })).toBeFocused();
	await expectDebriefMatches(page, rp, expected);

	const again = page.getByRole('button', { name: '再练一次' });
	for (let i = 0; i < 200 && !(await again.evaluate((el) => el === document.activeElement)); i++)
		await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('region', { name: '你会怎么说？' }).getByRole('button').first()).toBeFocused();
	await expect(transcript(page).getByRole('listitem').filter({ hasText: '教练点评' })).toHaveCount(0);
});

test('axe finds nothing serious on the briefing, the dialogue and the debrief', async ({ page }) => {
	const rp = compiled('price-too-high');
	const lines = linesOf(rp, paths['price-too-high'].weak);
	await open(page, 'price-too-high');
	await expect(page.getByRole('heading', { name: '练习说明' })).toBeVisible();
	await expectNoSeriousA11yViolations(page);

	await start(page);
	await option(page, lines[0].text).click();
	await expect(option(page, lines[1].text)).toBeVisible();
	await expectNoSeriousA11yViolations(page);

	for (const { text } of lines.slice(1)) await option(page, text).click();
	await expect(page.getByRole('heading', { name: '逐步复盘' })).toBeVisible();
	await expectNoSeriousA11yViolations(page);
});

test('the catalog filters by tag, skill and level through the query string', async ({ page }) => {
	await page.goto('/roleplays');
	const cards = page.locator('.card-grid > li');
	const all = await cards.count();
	expect(all).toBeGreaterThanOrEqual(8);
	await expectNoSeriousA11yViolations(page);

	await page.goto('/roleplays?tag=价格异议&level=1');
	await expect(page.getByRole('link', { name: '价格太高，我买不起' })).toBeVisible();
	const count = await cards.count();
	expect(count).toBeLessThan(all);
	await expect(page.getByRole('status').filter({ hasText: '个陪练' })).toHaveText(`共 ${count} 个陪练`);
	await expect(page.getByLabel('话题')).toHaveValue('价格异议');
});

test('opened from a course module, the debrief leads back to that module', async ({ page }) => {
	const rp = compiled('price-too-high');
	await page.goto('/courses/new-sales/price-objections');
	await page.evaluate(() => localStorage.clear());
	await page.locator('.rp-card').filter({ hasText: rp.title }).getByRole('link').click();
	await expect(page).toHaveURL(/\/roleplays\/price-too-high\?from=/);
	await start(page);
	for (const { text } of linesOf(rp, paths['price-too-high'].weak)) await option(page, text).click();
	await page.getByRole('navigation', { name: '接下来' }).getByRole('link', { name: '返回课程模块' }).click();
	await expect(page).toHaveURL(/\/courses\/new-sales\/price-objections$/);
});

test('signed in, progress follows the learner to another device and the server scores the ending as shown', async ({
	browser,
	page
}, testInfo) => {
	// One demo learner per project, so the two projects running side by side never share a draft.
	const email = testInfo.project.name === 'phone' ? 'he.xue@peilian.demo' : 'guo.qiang@peilian.demo';
	const signIn = async (target: Page) => {
		await target.goto('/signin');
		await target.getByLabel('邮箱').fill(email);
		await target.getByLabel('密码').fill('peilian-demo');
		await target.getByRole('button', { name: '登录', exact: true }).click();
		// Password hashing is deliberately slow; give it time on a busy machine.
		await expect(target).not.toHaveURL(/\/signin/, { timeout: 30_000 });
	};
	const rp = compiled('bank-key-account');
	const positions = paths['bank-key-account'].golden;
	const lines = linesOf(rp, positions);
	const expected = cli('bank-key-account', positions);

	await signIn(page);
	await open(page, 'bank-key-account');
	await start(page);
	for (const { text } of lines.slice(0, 3)) await option(page, text).click();
	await expect(option(page, lines[3].text)).toBeVisible();
	const soFar = await transcript(page).innerText();
	// Drafts are saved a moment after the last choice; wait for that request before switching devices.
	await page.waitForResponse((response) => response.url().includes('/api/drafts/bank-key-account') && response.ok());

	const other = await browser.newContext({ locale: 'zh-CN', reducedMotion: 'reduce' });
	const phone = await other.newPage();
	await signIn(phone);
	await phone.goto('/roleplays/bank-key-account');
	await expect(option(phone, lines[3].text)).toBeVisible();
	expect(await transcript(phone).innerText()).toBe(soFar);
	for (const { text } of lines.slice(3)) await option(phone, text).click();
	await expectDebriefMatches(phone, rp, expected);
	await expect(phone.getByText(`已记入你的练习记录：${expected.percent}%。`)).toBeVisible();
	await other.close();
});
