// Thousands of generated hostile requests against every endpoint and form action of the built server
// (SQLite): each is refused with a 4xx and a message or, where the app may accept it, answered without a
// 5xx; nothing forged or refused is stored; no page renders the markup people typed into names and comments.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchDatabase, type ScratchDatabase } from './harness/databases';
import { loadDemo, type Demo } from './harness/demo';
import { hostileRequests, rawMarker, type Hostile } from './harness/hostile';
import { bundledRoleplays } from './harness/paths';
import { createLearners } from './harness/people';
import { startApp, type AppServer } from './harness/server';
import { checkStored } from './harness/verify';

describe('bad input', () => {
	let database: ScratchDatabase;
	let app: AppServer;
	let demo: Demo;
	const sent: { request: Hostile; status: number; text: string }[] = [];

	beforeAll(async () => {
		database = await scratchDatabase('sqlite');
		app = await startApp(4630, database);
		const db = database.open().db;
		demo = await loadDemo(db);
		const context = {
			origin: app.origin,
			demo,
			learners: await createLearners(db, 40, 'hostile'),
			roleplays: bundledRoleplays()
		};
		const requests = [...hostileRequests(context, Number(process.env.PEILIAN_HOSTILE_SCALE ?? 1))];
		const queue = [...requests];
		await Promise.all(
			Array.from({ length: 8 }, async () => {
				for (let request = queue.shift(); request; request = queue.shift()) {
					const headers: Record<string, string> = { ...request.headers };
					if (request.cookie) headers.cookie = request.cookie;
					const init = {
						method: request.method,
						headers,
						body: request.body,
						redirect: 'manual',
						duplex: 'half'
					} as RequestInit;
					try {
						const response = await fetch(app.origin + request.path, init);
						sent.push({ request, status: response.status, text: await response.text() });
					} catch (e) {
						// A server may answer a huge body early and close the connection before reading it all.
						sent.push({ request, status: 0, text: String((e as Error).cause ?? e) });
					}
				}
			})
		);
	}, 600_000);
	afterAll(async () => {
		await app?.stop();
		await database?.drop();
	});

	it('sends at least 5,000 requests across every kind of hostile input', () => {
		expect(sent.length).toBeGreaterThanOrEqual(5000);
		expect(new Set(sent.map((s) => s.request.kind)).size).toBeGreaterThan(40);
	});

	it('never answers with a 5xx', () => {
		const failures = sent
			.filter((s) => s.status >= 500)
			.map(
				(s) =>
					`${s.request.kind} ${s.request.method} ${s.request.path.slice(0, 80)}: ${s.status} ${s.text.slice(0, 160)}`
			);
		expect([...new Set(failures)].slice(0, 20)).toEqual([]);
	});

	it('refuses malformed, forged and foreign input with a 4xx and a message saying why', () => {
		const wrong = sent
			.filter((s) => s.request.expect === 'refused')
			.filter((s) => !(s.status === 0 && s.request.kind.includes('MB body')))
			.filter((s) => s.status < 400 || s.status >= 500 || !hasMessage(s.text))
			.map((s) => `${s.request.kind}: ${s.status} ${s.text.slice(0, 120)}`);
		expect([...new Set(wrong)].slice(0, 20)).toEqual([]);
	});

	it('stores nothing it refused, and forged scores are replaced by the engine’s', async () => {
		const db = database.open().db;
		const refusedIds = sent
			.filter((s) => s.request.expect === 'refused' && s.request.attempt)
			.map((s) => s.request.attempt!.id);
		const stored = await db.selectFrom('attempts').select('id').where('id', 'in', refusedIds).execute();
		expect(stored).toEqual([]);
		const foreign = await db
			.selectFrom('attempts')
			.select('user_id')
			.where('id', '=', demo.otherLearnerAttempt)
			.executeTakeFirstOrThrow();
		expect(foreign.user_id).toBe(demo.people.otherTeamLearner.id);
		const forged = sent.filter((s) => s.request.kind === 'attempt: forged score fields');
		expect(forged.length).toBeGreaterThan(50);
		expect(forged.every((s) => s.status === 201)).toBe(true);
		const check = await checkStored(
			db,
			forged.map((s) => ({ ...s.request.attempt!, acknowledged: true }))
		);
		expect(check).toMatchObject({ lost: [], duplicated: [], wrongScore: [] });
		const forgedOrigin = await db.selectFrom('teams').select('name').where('name', 'like', 'forged-%').execute();
		expect(forgedOrigin).toEqual([]);
	});

	it('shows names and comments with markup as text on every page that lists them', async () => {
		const pages: [string, string][] = [
			['/admin', demo.people.admin.cookie],
			['/team', demo.people.managerA.cookie],
			[`/team/${demo.people.learner.id}`, demo.people.managerA.cookie],
			['/me', demo.people.learner.cookie],
			[`/me/attempts/${demo.learnerAttempt}`, demo.people.learner.cookie]
		];
		for (const [path, cookie] of pages) {
			const response = await fetch(app.origin + path, { headers: { cookie } });
			const html = await response.text();
			expect(response.status, path).toBe(200);
			expect(html, path).not.toMatch(rawMarker);
			expect(html, path).toMatch(/&lt;(script|img|svg)|\\u003C(script|img|svg)/);
		}
		const echoes = sent.filter(
			(s) => s.status < 500 && /text\/html|^</.test(s.text.slice(0, 20)) && rawMarker.test(s.text)
		);
		expect(echoes.map((s) => `${s.request.kind} ${s.request.path.slice(0, 60)}`).slice(0, 10)).toEqual([]);
	});
});

/** A JSON answer with a reason or message, or an HTML page (the form shows its own message). */
function hasMessage(text: string): boolean {
	try {
		const body = JSON.parse(text) as { reason?: unknown; message?: unknown; error?: { message?: unknown } };
		const message = body.reason ?? body.message ?? body.error?.message;
		return typeof message === 'string' && message.length > 0;
	} catch {
		return text.trim().length > 0;
	}
}
