// What a browser is told about the site and what it may send from elsewhere, on a server whose public
// URL (ORIGIN) is https: writes from another site are refused on every route, JSON included; HTTPS is
// made sticky; pages say their charset; and the manager's guide says what a role-play score proves.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchDatabase, type ScratchDatabase } from './harness/databases';
import { bundledRoleplays, randomPath, seededRandom } from './harness/paths';
import { createLearners, type SignedIn } from './harness/people';
import { startApp, type AppServer } from './harness/server';

const publicOrigin = 'https://peilian.example.com';

describe('cross-site requests and transport headers', () => {
	let database: ScratchDatabase;
	let app: AppServer;
	let learner: SignedIn;
	beforeAll(async () => {
		database = await scratchDatabase('sqlite');
		app = await startApp(4706, database, { ORIGIN: publicOrigin, REQUEST_LOG: '0' });
		[learner] = await createLearners(database.open().db, 1, 'cross-site');
	});
	afterAll(async () => {
		await app?.stop();
		await database?.drop();
	});

	const rp = bundledRoleplays()[0];
	const attempt = () =>
		JSON.stringify({
			id: crypto.randomUUID(),
			roleplay: rp.id,
			version: rp.version,
			choices: randomPath(rp, seededRandom(8))
		});
	const send = (method: string, path: string, body: string, headers: Record<string, string>) =>
		fetch(app.origin + path, {
			method,
			headers: { 'content-type': 'application/json', cookie: learner.cookie, ...headers },
			body
		});
	const stored = async () =>
		Number(
			(
				await database
					.open()
					.db.selectFrom('attempts')
					.select((eb) => eb.fn.countAll<number>().as('n'))
					.where('user_id', '=', learner.id)
					.executeTakeFirstOrThrow()
			).n
		);

	it('a JSON write from another site is refused with 403 saying why, and nothing is stored', async () => {
		const foreign: Record<string, string>[] = [
			{ origin: 'https://evil.example' },
			{ origin: 'null' },
			{ 'sec-fetch-site': 'cross-site' },
			{ origin: 'http://peilian.example.com' }
		];
		for (const headers of foreign) {
			const response = await send('POST', '/api/attempts', attempt(), headers);
			expect(response.status, JSON.stringify(headers)).toBe(403);
			expect((await response.json()).reason).toMatch(/another site|not from https:\/\/peilian\.example\.com/);
		}
		const draft = JSON.stringify({
			id: crypto.randomUUID(),
			version: rp.version,
			choices: [],
			startedAt: new Date().toISOString()
		});
		expect((await send('PUT', `/api/progress/${rp.id}`, draft, { origin: 'https://evil.example' })).status).toBe(403);
		expect(await stored()).toBe(0);
	});

	it('the same write from the site itself, or from a client that is not a browser, is accepted', async () => {
		expect((await send('POST', '/api/attempts', attempt(), { origin: publicOrigin })).status).toBe(201);
		expect((await send('POST', '/api/attempts', attempt(), { 'sec-fetch-site': 'same-origin' })).status).toBe(201);
		expect((await send('POST', '/api/attempts', attempt(), {})).status).toBe(201);
	});

	it('tells browsers to use HTTPS for a year when the public URL is https', async () => {
		const response = await fetch(`${app.origin}/`);
		expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000');
	});

	it('serves pages as UTF-8, so Chinese reads right even in a client that ignores the meta tag', async () => {
		for (const path of ['/', '/roleplays', '/signin', '/no-such-page']) {
			const response = await fetch(app.origin + path);
			expect(response.headers.get('content-type'), path).toBe('text/html; charset=utf-8');
		}
	});

	it("the manager's guide says what a role-play score proves, in both languages", async () => {
		for (const [locale, file] of [
			['zh', 'docs/coaching.zh.md'],
			['en', 'docs/coaching.en.md']
		]) {
			const heading = /^## (.*(?:proves|说明什么).*)$/m.exec(readFileSync(file, 'utf8'))?.[1];
			expect(heading, file).toBeTruthy();
			const page = await fetch(`${app.origin}/help/coaching`, { headers: { cookie: `PARAGLIDE_LOCALE=${locale}` } });
			expect(await page.text()).toContain(heading);
		}
	});
});
