// Where sign-in and the language switch send people afterwards, invite links that replace each other,
// and sessions that end 90 days after sign-in and are swept away when expired.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../src/lib/server/auth/session';
import { dialects, postgresSkipReason, scratchDatabase, type ScratchDatabase } from './harness/databases';
import { loadDemo, type Demo } from './harness/demo';
import { postForm, postSignIn, sessionFrom, statusOf } from './harness/forms';
import { signIn } from './harness/people';
import { startApp, type AppServer } from './harness/server';

const ports = { sqlite: 4704, postgres: 4705 };
const day = 86_400_000;
const inviteLinkMessage: string = JSON.parse(readFileSync('messages/zh.json', 'utf8')).admin_invite_link;

describe.each(dialects)('links and sessions on $dialect', ({ dialect, skip }) => {
	if (skip) it.skip(postgresSkipReason, () => {});
	describe.skipIf(skip)('', () => {
		let database: ScratchDatabase;
		let app: AppServer;
		let demo: Demo;
		beforeAll(async () => {
			database = await scratchDatabase(dialect);
			app = await startApp(ports[dialect], database, { REQUEST_LOG: '0' });
			demo = await loadDemo(database.open().db);
		});
		afterAll(async () => {
			await app?.stop();
			await database?.drop();
		});

		const locationOf = async (response: Response | Promise<Response>) => {
			const answered = await response;
			return { status: answered.status, location: answered.headers.get('location') };
		};
		const visit = (path: string, cookie: string) =>
			fetch(app.origin + path, { headers: { cookie }, redirect: 'manual' });

		describe('after signing in', () => {
			it('a signed-in visitor is never sent to another site, and a newline in next= is not an error', async () => {
				const cookie = demo.people.learner.cookie;
				for (const next of ['/\t/evil.example', '/\\evil.example', '/.//evil.example', '//evil.example', '/\n/x'])
					expect(await locationOf(visit(`/signin?next=${encodeURIComponent(next)}`, cookie))).toEqual({
						status: 303,
						location: '/'
					});
				expect(await locationOf(visit(`/signin?next=${encodeURIComponent('/team?sort=name#risk')}`, cookie))).toEqual({
					status: 303,
					location: '/team?sort=name#risk'
				});
			});

			it('the sign-in form sends the person to their own workspace, not to the site in next=', async () => {
				const signedIn = await postSignIn(app.origin, 'xu.lei@peilian.demo', 'peilian-demo', {
					next: '/\t/evil.example'
				});
				expect(await locationOf(signedIn)).toEqual({ status: 303, location: '/' });
			});

			it('the language switch goes back only to a page of this site', async () => {
				const switchTo = (back: string) => postForm(app.origin, '/locale', { locale: 'en', return: back });
				expect(await locationOf(switchTo('/\\evil.example'))).toEqual({ status: 303, location: '/' });
				expect(await locationOf(switchTo('/\t/evil.example'))).toEqual({ status: 303, location: '/' });
				expect(await locationOf(switchTo('/cases?industry=retail'))).toEqual({
					status: 303,
					location: '/cases?industry=retail'
				});
			});
		});

		describe('invite links', () => {
			const adminForm = (action: string, fields: Record<string, string>) =>
				postForm(app.origin, `/admin?/${action}`, fields, { cookie: demo.people.admin.cookie });
			const linkIn = async (response: Response) => {
				const html = await response.text();
				expect(response.status).toBe(200);
				return /\/invite\/([\w-]+)/.exec(html)![1];
			};
			const accept = (token: string, password: string, cookie?: string) =>
				postForm(app.origin, `/invite/${token}`, { password, confirm: password }, { cookie });
			/** An open link written straight into the table, as a database from before this change may hold. */
			const plantInvite = async (userId: string) => {
				const token = crypto.randomUUID();
				await database
					.open()
					.db.insertInto('invites')
					.values({
						id: hashToken(token),
						user_id: userId,
						created_by: null,
						expires_at: new Date(Date.now() + 7 * day).toISOString(),
						used_at: null,
						created_at: new Date().toISOString()
					})
					.execute();
				return token;
			};

			it('a new link, an accepted link and a changed password each end the other open links', async () => {
				const email = `invited-${dialect}@example.com`;
				const first = await linkIn(await adminForm('person', { name: '新同事', email, role: 'learner', team: '' }));
				const person = await database
					.open()
					.db.selectFrom('users')
					.select('id')
					.where('email', '=', email)
					.executeTakeFirstOrThrow();
				// A new link is issued from the person's own page.
				const reissued = await postForm(
					app.origin,
					`/admin/people/${person.id}?/invite`,
					{},
					{ cookie: demo.people.admin.cookie }
				);
				const second = await linkIn(reissued.clone());
				expect((await accept(first, 'first-password')).status).toBe(410);
				// The page tells the admin that the new link replaces the old one.
				expect(await reissued.text()).toContain(inviteLinkMessage.replaceAll('{name}', '新同事'));

				const stale = await plantInvite(person.id);
				const accepted = await accept(second, 'second-password');
				expect(accepted.status).toBe(303);
				expect((await accept(stale, 'stale-password')).status).toBe(410);

				const leftOver = await plantInvite(person.id);
				const changed = await postForm(
					app.origin,
					'/account?/password',
					{ current: 'second-password', password: 'third-password', confirm: 'third-password' },
					{ cookie: sessionFrom(accepted) }
				);
				expect(changed.status).toBe(200);
				expect((await accept(leftOver, 'leftover-password')).status).toBe(410);
				expect((await postSignIn(app.origin, email, 'third-password')).status).toBe(303);
			});
		});

		describe('sessions', () => {
			const ageSession = async (cookie: string, signedInDaysAgo: number, expiresInDays: number) => {
				const id = hashToken(cookie.split('=')[1]);
				await database
					.open()
					.db.updateTable('sessions')
					.set({
						created_at: new Date(Date.now() - signedInDaysAgo * day).toISOString(),
						expires_at: new Date(Date.now() + expiresInDays * day).toISOString()
					})
					.where('id', '=', id)
					.execute();
				return id;
			};

			it('a session ends 90 days after sign-in however much it is used, and is not renewed past that', async () => {
				const db = database.open().db;
				const old = await demo.freshCookie('managerA');
				await ageSession(old, 91, 20);
				expect(await statusOf(app.origin, '/me', old)).toBe(303);

				const ageing = await demo.freshCookie('managerA');
				const id = await ageSession(ageing, 85, 2);
				expect(await statusOf(app.origin, '/me', ageing)).toBe(200);
				const row = await db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
				expect(Date.parse(row.expires_at)).toBeGreaterThan(Date.now() + 3 * day);
				expect(Date.parse(row.expires_at)).toBeLessThanOrEqual(Date.parse(row.created_at) + 90 * day);
			});

			it('expired sessions, closed invites and old sign-in failures are swept away when the server starts', async () => {
				const db = database.open().db;
				const expired = await ageSession(await signIn(db, demo.people.trainer.id), 40, -1);
				const tooOld = await ageSession(await signIn(db, demo.people.trainer.id), 95, 10);
				const live = await signIn(db, demo.people.trainer.id);
				const lapsed = await db
					.insertInto('invites')
					.values({
						id: hashToken(crypto.randomUUID()),
						user_id: demo.people.learner.id,
						created_by: null,
						expires_at: new Date(Date.now() - day).toISOString(),
						used_at: null,
						created_at: new Date(Date.now() - 8 * day).toISOString()
					})
					.returning('id')
					.executeTakeFirstOrThrow();
				await db
					.insertInto('sign_in_failures')
					.values({ key: 'address:10.5.0.1', failures: 3, last_failure_at: new Date(Date.now() - day).toISOString() })
					.execute();

				await app.stop();
				app = await startApp(ports[dialect], database, { REQUEST_LOG: '0' });

				const sessions = await db.selectFrom('sessions').select('id').where('id', 'in', [expired, tooOld]).execute();
				expect(sessions).toEqual([]);
				expect(await statusOf(app.origin, '/me', live)).toBe(200);
				expect(await db.selectFrom('invites').select('id').where('id', '=', lapsed.id).execute()).toEqual([]);
				expect(
					await db.selectFrom('sign_in_failures').select('key').where('key', '=', 'address:10.5.0.1').execute()
				).toEqual([]);
			});
		});
	});
});
