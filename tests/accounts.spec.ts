// Accounts as people notice them: a demo learner's attempt is kept on the server with the score the
// server computed, survives signing out and in on another browser, resumes on a second device, and
// nobody sees what is not theirs.
import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import {
	choose,
	compileRoleplay,
	initialState,
	offeredChoices,
	replay,
	type Roleplay
} from '../src/lib/roleplay/index';
import { plausiblePath, seededRandom } from '../src/lib/server/seed/paths';
import { expectNoSeriousA11yViolations, openHeaderMenu } from './helpers';

const password = 'peilian-demo';
// The desktop and phone projects run side by side against one server, so each uses its own learners.
const learners = {
	desktop: {
		player: { email: 'li.na@peilian.demo', name: '李娜' },
		other: { email: 'wang.fang@peilian.demo', name: '王芳' }
	},
	phone: {
		player: { email: 'zhou.ting@peilian.demo', name: '周婷' },
		other: { email: 'chen.hao@peilian.demo', name: '陈浩' }
	}
};
const teamB = { manager: 'manager.ka@peilian.demo', learner: 'sun.li@peilian.demo' };
const managerA = 'manager.east@peilian.demo';

type Id = 'price-too-high' | 'cheaper-elsewhere';

// Playing several browsers through whole role-plays on a busy machine takes longer than the default.
test.describe.configure({ timeout: 120_000 });

function compiled(id: Id): Roleplay {
	const path = `content/roleplays/${id}.md`;
	const { roleplay } = compileRoleplay(path, readFileSync(path, 'utf8'));
	if (!roleplay) throw new Error(`${id} does not compile`);
	return roleplay;
}

/** The best path the engine finds, as `peilian play --choices` numbers it. */
function golden(rp: Roleplay): number[] {
	return plausiblePath(rp, 1, seededRandom(1));
}

/** What the learner says at each position, as the option buttons name it. */
function lines(rp: Roleplay, positions: readonly number[]): string[] {
	let state = initialState(rp);
	return positions.map((position) => {
		const text = offeredChoices(rp, state).find((c) => c.position === position)!.text;
		const next = choose(rp, state, position);
		if ('error' in next) throw new Error(next.error);
		state = next;
		return text;
	});
}

async function signIn(page: Page, email: string) {
	await page.goto('/signin');
	await page.getByLabel('邮箱').fill(email);
	await page.getByLabel('密码').fill(password);
	await page.getByRole('button', { name: '登录', exact: true }).click();
	// Where each role lands is tests/landing.spec.ts's business; here it is enough to be signed in.
	await expect(page).not.toHaveURL(/\/signin/);
}

async function say(page: Page, texts: string[]) {
	for (const text of texts) await page.getByRole('button', { name: text, exact: true }).click();
}

async function openFresh(page: Page, id: Id) {
	await page.goto(`/roleplays/${id}`);
	await page.evaluate(() => localStorage.clear());
	await page.reload();
}

async function newPage(browser: Browser): Promise<Page> {
	const context = await browser.newContext({ locale: 'zh-CN' });
	return context.newPage();
}

test('a demo learner signs in with one click, plays to the end, and finds the same score on /me from a new browser', async ({
	page,
	browser
}, info) => {
	const me = learners[info.project.name as keyof typeof learners].player;
	const rp = compiled('cheaper-elsewhere');
	const expected = replay(rp, golden(rp));
	if (!expected.ok) throw new Error(expected.reason);

	await page.goto('/signin');
	await expectNoSeriousA11yViolations(page);
	await page.getByRole('button', { name: `填入 ${me.name}` }).click();
	await page.getByRole('button', { name: '登录', exact: true }).click();
	await expect(page).toHaveURL((url) => url.pathname === '/');

	await openFresh(page, 'cheaper-elsewhere');
	await page.getByRole('button', { name: '开始练习' }).click();
	await say(page, lines(rp, golden(rp)));
	await expect(page.getByTestId('debrief-percent')).toHaveText(`${expected.result.percent}%`);
	await expect(page.getByText(`已记入你的练习记录：${expected.result.percent}%。`)).toBeVisible();

	await openHeaderMenu(page);
	await page.getByRole('button', { name: '退出登录' }).click();
	await page.goto('/me');
	await expect(page).toHaveURL(/\/signin\?next=%2Fme$/);

	const again = await newPage(browser);
	await signIn(again, me.email);
	await again.goto('/me');
	const newest = again.getByTestId('my-attempts').getByRole('row').nth(1);
	await expect(newest).toContainText(rp.title);
	await expect(newest).toContainText(`${expected.result.percent}%`);
	await expectNoSeriousA11yViolations(again);
	await newest.getByRole('link', { name: '复盘' }).click();
	await expect(again.getByTestId('debrief-result')).toContainText(`${expected.result.percent}%`);
	await expect(again.getByRole('listitem').filter({ hasText: lines(rp, golden(rp))[0] })).toBeVisible();
	await expectNoSeriousA11yViolations(again);
	await again.context().close();
});

test('an unfinished attempt resumes on a second device where the first left off', async ({ page, browser }, info) => {
	const me = learners[info.project.name as keyof typeof learners].player;
	const rp = compiled('price-too-high');
	const said = lines(rp, golden(rp));
	const expected = replay(rp, golden(rp));
	if (!expected.ok) throw new Error(expected.reason);

	await signIn(page, me.email);
	await openFresh(page, 'price-too-high');
	await page.getByRole('button', { name: '开始练习' }).click();
	const draftSaved = page.waitForResponse(
		(r) => r.url().endsWith('/api/drafts/price-too-high') && r.request().method() === 'PUT' && r.ok()
	);
	await say(page, said.slice(0, 3));
	await draftSaved;

	const second = await newPage(browser);
	await signIn(second, me.email);
	await second.goto('/roleplays/price-too-high');
	await expect(second.getByText('已接着上次的进度继续。')).toBeVisible();
	await expect(second.getByRole('log')).toContainText(said[2]);
	await say(second, said.slice(3));
	await expect(second.getByTestId('debrief-percent')).toHaveText(`${expected.result.percent}%`);
	await expect(second.getByText(`已记入你的练习记录：${expected.result.percent}%。`)).toBeVisible();
	await second.context().close();
});

test.describe('the attempts API', () => {
	const rp = compiled('price-too-high');
	const submission = (choices: readonly number[], extra: object = {}) => ({
		id: crypto.randomUUID(),
		roleplay: rp.id,
		version: rp.version,
		choices,
		...extra
	});

	test('refuses a visitor who is not signed in', async ({ request }) => {
		const response = await request.post('/api/attempts', { data: submission(golden(rp)) });
		expect(response.status()).toBe(401);
	});

	test('scores by replaying, ignores a forged score, refuses a tampered path, and stores a retry once', async ({
		page
	}, info) => {
		await signIn(page, learners[info.project.name as keyof typeof learners].other.email);
		const path = plausiblePath(rp, 0, seededRandom(3));
		const weak = submission(path, { score: 100, percent: 100, passed: true });
		const first = await page.request.post('/api/attempts', { data: weak });
		expect(first.status()).toBe(201);
		const { result } = await first.json();
		const expected = replay(rp, path);
		expect(expected.ok && result.percent).toBe(expected.ok && expected.result.percent);
		expect(result.percent).toBeLessThan(100);

		const retries = await Promise.all(
			Array.from({ length: 5 }, () => page.request.post('/api/attempts', { data: weak }))
		);
		expect(retries.map((r) => r.status())).toEqual([200, 200, 200, 200, 200]);
		await page.goto('/me');
		await expect(page.locator(`a[href="/me/attempts/${weak.id}"]`)).toHaveCount(1);

		const tampered = await page.request.post('/api/attempts', { data: submission([1, 99]) });
		expect(tampered.status()).toBe(422);
		expect((await tampered.json()).reason).toMatch(/99/);
		const unknown = await page.request.post('/api/attempts', { data: submission([1], { version: 'f'.repeat(64) }) });
		expect(unknown.status()).toBe(404);
	});

	test("a learner cannot see another learner's attempt, nor a manager another team's", async ({
		page,
		browser
	}, info) => {
		await signIn(page, teamB.learner);
		const mine = submission(golden(rp));
		expect((await page.request.post('/api/attempts', { data: mine })).status()).toBe(201);

		const other = await newPage(browser);
		await signIn(other, learners[info.project.name as keyof typeof learners].other.email);
		expect((await other.request.get(`/api/attempts/${mine.id}`)).status()).toBe(403);
		expect((await other.request.post('/api/attempts', { data: mine })).status()).toBe(409);
		const stolen = await other.goto(`/me/attempts/${mine.id}`);
		expect(stolen?.status()).toBe(403);

		await openHeaderMenu(other);
		await other.getByRole('button', { name: '退出登录' }).click();
		await signIn(other, managerA);
		expect((await other.request.get(`/api/attempts/${mine.id}`)).status()).toBe(403);

		await openHeaderMenu(other);
		await other.getByRole('button', { name: '退出登录' }).click();
		await signIn(other, teamB.manager);
		expect((await other.request.get(`/api/attempts/${mine.id}`)).status()).toBe(200);
		await other.context().close();
	});
});
