// The protections a visitor or an operator would notice: security headers, a request log with ids and
// no secrets, a body limit, the origin check, sessions renewed at sign-in and ended everywhere, rate
// limits that answer 429, and a health check that tells a load balancer when the database is gone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresSkipReason, postgresUrl, scratchDatabase, type ScratchDatabase } from './harness/databases';
import { loadDemo, type Demo } from './harness/demo';
import { postForm, postSignIn, sessionFrom, statusOf } from './harness/forms';
import { createLearners, signIn } from './harness/people';
import { startApp, type AppServer } from './harness/server';

const demoPassword = 'peilian-demo';

describe('hardening', () => {
	let database: ScratchDatabase;
	let app: AppServer;
	let demo: Demo;
	beforeAll(async () => {
		database = await scratchDatabase('sqlite');
		app = await startApp(4650, database);
		demo = await loadDemo(database.open().db);
	});
	afterAll(async () => {
		await app?.stop();
		await database?.drop();
	});

	const signInForm = (email: string, password: string, cookie?: string) =>
		postSignIn(app.origin, email, password, { cookie });
	const statusOfMe = (cookie: string) => statusOf(app.origin, '/me', cookie);

	it('pages carry a Content-Security-Policy that forbids framing, and the other security headers', async () => {
		const response = await fetch(`${app.origin}/roleplays`);
		const csp = response.headers.get('content-security-policy') ?? '';
		expect(csp).toContain("frame-ancestors 'none'");
		expect(csp).toMatch(/script-src 'self' 'nonce-[^']+'/);
		expect(csp).toContain("object-src 'none'");
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
		expect(response.headers.get('x-frame-options')).toBe('DENY');
		// Every inline script SvelteKit writes carries the nonce, or the page would not start in a browser.
		const nonce = /'nonce-([^']+)'/.exec(csp)![1];
		const scripts = [...(await response.text()).matchAll(/<script([^>]*)>/g)].map((m) => m[1]);
		expect(scripts.length).toBeGreaterThan(0);
		expect(scripts.every((attributes) => attributes.includes(`nonce="${nonce}"`) || attributes.includes('src='))).toBe(
			true
		);
	});

	it('logs one JSON line per request with its id, and never a password, a session token or a query', async () => {
		const before = app.output.length;
		const signedIn = sessionFrom(await signInForm('liu.yang@peilian.demo', demoPassword))!;
		const token = signedIn.split('=')[1];
		const me = await fetch(`${app.origin}/me?token=secret-in-query`, { headers: { cookie: signedIn } });
		await fetch(`${app.origin}/invite/a-secret-invite-token`);
		await new Promise((resolve) => setTimeout(resolve, 200));
		const lines = app.output.slice(before);
		const entries = lines.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);
		const id = me.headers.get('x-request-id');
		expect(id).toMatch(/^[0-9a-f-]{36}$/);
		const entry = entries.find((e) => e.id === id);
		expect(entry).toMatchObject({ method: 'GET', path: '/me', status: 200, user: demo.people.learner.id });
		expect(typeof entry!.ms).toBe('number');
		expect(typeof entry!.time).toBe('string');
		expect(entries.some((e) => e.path === '/invite/:token')).toBe(true);
		const all = lines.join('\n');
		for (const secret of [demoPassword, token, 'secret-in-query', 'a-secret-invite-token'])
			expect(all).not.toContain(secret);
	});

	it('refuses a body over 64 KB with 413 and says why', async () => {
		const response = await fetch(`${app.origin}/api/attempts`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', cookie: demo.people.learner.cookie },
			body: JSON.stringify({ pad: 'x'.repeat(100 * 1024) })
		});
		expect(response.status).toBe(413);
		expect((await response.json()).reason).toMatch(/64 KB/);
	});

	it('refuses a form posted from another site (the origin check is on)', async () => {
		const response = await fetch(`${app.origin}/admin?/team`, {
			method: 'POST',
			headers: {
				'content-type': 'application/x-www-form-urlencoded',
				origin: 'https://evil.example',
				cookie: demo.people.admin.cookie
			},
			body: 'name=planted'
		});
		expect(response.status).toBe(403);
	});

	it('signing in issues a new session and ends the one the browser had', async () => {
		const planted = await demo.freshCookie('learner');
		const response = await signInForm('liu.yang@peilian.demo', demoPassword, planted);
		const fresh = sessionFrom(response);
		expect(response.status).toBe(303);
		expect(fresh).toBeTruthy();
		expect(fresh).not.toBe(planted);
		expect(await statusOfMe(planted)).toBe(303);
		expect(await statusOfMe(fresh!)).toBe(200);
	});

	it('signing out everywhere ends every session of that person', async () => {
		const phone = await demo.freshCookie('otherTeamLearner');
		const laptop = await demo.freshCookie('otherTeamLearner');
		const response = await postForm(app.origin, '/signout?/everywhere', {}, { cookie: laptop });
		expect(response.status).toBe(303);
		expect(await statusOfMe(phone)).toBe(303);
		expect(await statusOfMe(laptop)).toBe(303);
	});

	it('repeated wrong passwords are answered with 429 for a while', async () => {
		const statuses: number[] = [];
		for (let i = 0; i < 7; i++) statuses.push((await signInForm('zhang.wei@peilian.demo', 'wrong-password')).status);
		expect(statuses.slice(0, 4)).toEqual([400, 400, 400, 400]);
		expect(statuses.at(-1)).toBe(429);
	});

	it('a learner sending attempts in a flood gets 429 with Retry-After, others are unaffected', async () => {
		const [flooder, bystander] = await createLearners(database.open().db, 2, 'flood');
		const send = (cookie: string) =>
			fetch(`${app.origin}/api/attempts`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', cookie },
				body: '{}'
			});
		const answers = await Promise.all(Array.from({ length: 140 }, () => send(flooder.cookie)));
		const limited = answers.filter((r) => r.status === 429);
		expect(limited.length).toBeGreaterThan(0);
		expect(Number(limited[0].headers.get('retry-after'))).toBeGreaterThan(0);
		expect((await limited[0].json()).reason).toMatch(/Too many attempts/);
		expect((await send(bystander.cookie)).status).toBe(400);
	});

	it('/healthz answers 200 while the database answers', async () => {
		const response = await fetch(`${app.origin}/healthz`);
		expect(response.status).toBe(200);
		expect(await response.json()).toEqual({ ok: true });
	});

	it('a session token from before the database was reset is refused, not an error', async () => {
		const stale = await signIn(database.open().db, demo.people.trainer.id);
		await database.open().db.deleteFrom('sessions').where('user_id', '=', demo.people.trainer.id).execute();
		expect(await statusOfMe(stale)).toBe(303);
	});
});

describe.skipIf(!postgresUrl)('health check on postgres', () => {
	it('/healthz answers 503 once the database is gone, and 200 before', async () => {
		const database = await scratchDatabase('postgres');
		const app = await startApp(4651, database);
		try {
			expect((await fetch(`${app.origin}/healthz`)).status).toBe(200);
			await database.drop();
			const response = await fetch(`${app.origin}/healthz`);
			expect(response.status).toBe(503);
			expect(await response.json()).toMatchObject({ ok: false });
		} finally {
			await app.stop();
			await database.drop();
		}
	});
});
if (!postgresUrl) describe('health check on postgres', () => it.skip(postgresSkipReason, () => {}));
