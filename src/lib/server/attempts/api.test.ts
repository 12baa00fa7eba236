// The endpoints as the player calls them, on the app's own database handle (pointed at a test database).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Roleplay } from '../../roleplay';
import type { SessionUser } from '../auth/session';
import { dialects, openTestDatabase, type TestDatabase } from '../db/test-databases';
import { createPerson, createTeam } from '../teams/people';
import { fixturePath, fixtureSource } from './fixture';
import { saveContentVersions } from './versions';

type Handler = (event: never) => Promise<Response>;

describe.each(dialects)('attempt endpoints on $dialect', ({ dialect, skip, title }) => {
	describe.skipIf(skip)(title, () => {
		let t: TestDatabase;
		let rp: Roleplay;
		let api: { post: Handler; get: Handler; putDraft: Handler; getDraft: Handler; close: () => Promise<void> };
		const people: Record<string, SessionUser> = {};

		beforeAll(async () => {
			t = await openTestDatabase(dialect);
			[rp] = await saveContentVersions(t.db, [{ path: fixturePath, source: fixtureSource }]);
			const [a, b] = [await createTeam(t.db, 'A'), await createTeam(t.db, 'B')];
			for (const [key, role, team] of [
				['learnerA', 'learner', a],
				['learnerB', 'learner', b],
				['managerA', 'manager', a],
				['managerB', 'manager', b]
			] as const) {
				const created = await createPerson(t.db, {
					email: `${key}@example.com`,
					name: key,
					role,
					teamId: team!.id,
					manages: [team!.id]
				});
				if (!created.ok) throw new Error(created.reason);
				people[key] = { id: created.user.id, email: created.user.email, name: key, role, teamId: created.user.team_id };
			}
			for (const [key, value] of Object.entries(t.env)) vi.stubEnv(key, value);
			vi.resetModules();
			const attempts = await import('../../../routes/api/attempts/+server');
			const one = await import('../../../routes/api/attempts/[id]/+server');
			const drafts = await import('../../../routes/api/drafts/[roleplay]/+server');
			const { db } = await import('../db');
			api = {
				post: attempts.POST as Handler,
				get: one.GET as Handler,
				putDraft: drafts.PUT as Handler,
				getDraft: drafts.GET as Handler,
				close: () => db.destroy()
			};
		});
		afterAll(async () => {
			await api?.close();
			vi.unstubAllEnvs();
			await t?.close();
		});

		const as = (key: string | null, init: { body?: unknown; params?: Record<string, string>; method?: string } = {}) =>
			({
				locals: { user: key ? people[key] : null, session: null },
				params: init.params ?? {},
				request: new Request('http://localhost/api', {
					method: init.method ?? 'POST',
					headers: { 'content-type': 'application/json' },
					body:
						init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body)
				})
			}) as never;
		const attempt = (choices: number[], extra: object = {}) => ({
			id: crypto.randomUUID(),
			roleplay: rp.id,
			version: rp.version,
			choices,
			...extra
		});
		const status = (p: Promise<Response>) =>
			p.then(
				(r) => r.status,
				(e: { status?: number }) => e.status ?? 500
			);

		it('401 for a visitor who is not signed in, 400 for a body that is not JSON or not an attempt', async () => {
			expect(await status(api.post(as(null, { body: attempt([1, 1, 2]) })))).toBe(401);
			expect(await status(api.post(as('learnerA', { body: '{"id":' })))).toBe(400);
			const wrong = await api.post(as('learnerA', { body: { ...attempt([1]), choices: 'all of them' } }));
			expect(wrong.status).toBe(400);
			expect((await wrong.json()).reason).toMatch(/choices/);
		});

		it('201 with the replayed result, ignoring a forged score; a retry 200 with the same result', async () => {
			const body = attempt([2], { score: 100, result: { percent: 100 } });
			const first = await api.post(as('learnerA', { body }));
			expect(first.status).toBe(201);
			const stored = await first.json();
			expect(stored.result).toMatchObject({ outcome: 'lost', percent: 0, passed: false });
			const again = await api.post(as('learnerA', { body }));
			expect(again.status).toBe(200);
			expect(await again.json()).toEqual(stored);
		});

		it('ten concurrent posts of one attempt store it once', async () => {
			const body = attempt([1, 1, 2]);
			const answers = await Promise.all(Array.from({ length: 10 }, () => api.post(as('learnerA', { body }))));
			expect(answers.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
			const rows = await t.db.selectFrom('attempts').select('id').where('id', '=', body.id).execute();
			expect(rows).toHaveLength(1);
		});

		it("422 with the reason for a tampered path, 404 for an unknown version, 409 for someone else's id", async () => {
			const tampered = await api.post(as('learnerA', { body: attempt([1, 7]) }));
			expect(tampered.status).toBe(422);
			expect((await tampered.json()).reason).toMatch(/7/);
			expect((await api.post(as('learnerA', { body: attempt([1, 1, 2], { version: 'a'.repeat(64) }) }))).status).toBe(
				404
			);
			const body = attempt([1, 1, 2]);
			await api.post(as('learnerA', { body }));
			expect((await api.post(as('learnerB', { body }))).status).toBe(409);
		});

		it("a learner gets 403 for another's attempt; a manager 403 for another team's, 200 for their own team's", async () => {
			const body = attempt([1, 1, 2]);
			await api.post(as('learnerA', { body }));
			const get = (key: string) => status(api.get(as(key, { params: { id: body.id }, method: 'GET' })));
			expect(await get('learnerA')).toBe(200);
			expect(await get('learnerB')).toBe(403);
			expect(await get('managerB')).toBe(403);
			expect(await get('managerA')).toBe(200);
			expect(await status(api.get(as('learnerA', { params: { id: crypto.randomUUID() }, method: 'GET' })))).toBe(404);
		});

		it('a draft saved from one device is what another device gets back', async () => {
			const draft = {
				id: crypto.randomUUID(),
				version: rp.version,
				choices: [1, 1],
				startedAt: new Date().toISOString()
			};
			const params = { roleplay: rp.id };
			expect((await api.putDraft(as('learnerB', { body: draft, params, method: 'PUT' }))).status).toBe(200);
			const got = await api.getDraft(as('learnerB', { params, method: 'GET' }));
			expect((await got.json()).draft).toMatchObject({ id: draft.id, choices: [1, 1] });
			const others = await api.getDraft(as('learnerA', { params, method: 'GET' }));
			expect((await others.json()).draft).toBeNull();
		});
	});
});
