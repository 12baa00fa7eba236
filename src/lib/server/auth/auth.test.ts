import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, openTestDatabase, type TestDatabase } from '../db/test-databases';
import { sweepExpired } from '../housekeeping';
import { createPerson, createTeam, findUser, setPassword } from '../teams/people';
import { hashPassword, needsRehash, passwordCost, verifyPassword } from './password';
import { canViewLearner, requireAttemptAccess, requireLearnerAccess } from './guard';
import { acceptInvite, createInvite, findOpenInvite } from './invites';
import { WorkQueue } from './password-queue';
import {
	createSession,
	generateSessionToken,
	hashToken,
	invalidateAllSessions,
	validateSessionToken,
	type SessionUser
} from './session';
import { checkSignIn } from './sign-in';
import { lockMs } from './throttle';

describe('passwords', () => {
	it('verify only the password they were made from, with a fresh salt each time', async () => {
		const a = await hashPassword('correct horse');
		const b = await hashPassword('correct horse');
		expect(a).not.toBe(b);
		expect(await verifyPassword('correct horse', a)).toBe(true);
		expect(await verifyPassword('correct horsE', a)).toBe(false);
		expect(a).not.toContain('correct horse');
	}, 30_000);
});

describe('password work', () => {
	it('runs at most its concurrency at once, queues a few more, and says when the queue is full', async () => {
		const queue = new WorkQueue(2, 3);
		let running = 0;
		let most = 0;
		const releases: (() => void)[] = [];
		const work = () =>
			queue.run(async () => {
				most = Math.max(most, ++running);
				await new Promise<void>((resolve) => releases.push(resolve));
				running--;
			});
		const all = Array.from({ length: 5 }, work);
		expect(queue.full).toBe(true);
		while (releases.length || running) {
			releases.splice(0).forEach((release) => release());
			await new Promise((resolve) => setTimeout(resolve, 1));
		}
		await Promise.all(all);
		expect(most).toBe(2);
		expect(queue.full).toBe(false);
	});
});

describe('sign-in delay', () => {
	it('allows a few failures, then doubles the wait up to a cap', () => {
		const policy = { free: 4, windowMs: 1, maxLockMs: 15 * 60_000 };
		expect([4, 5, 6, 7].map((n) => lockMs(policy, n))).toEqual([0, 1000, 2000, 4000]);
		expect(lockMs(policy, 40)).toBe(15 * 60_000);
	});
});

describe.each(dialects)('accounts on $dialect', ({ dialect, skip, title }) => {
	describe.skipIf(skip)(title, () => {
		let t: TestDatabase;
		const people: Record<string, SessionUser> = {};

		beforeAll(async () => {
			t = await openTestDatabase(dialect);
			const teamA = (await createTeam(t.db, 'A 组'))!;
			const teamB = (await createTeam(t.db, 'B 组'))!;
			const add = async (key: string, role: SessionUser['role'], team: string | null, password = 'password-1') => {
				const created = await createPerson(t.db, {
					email: `${key}@example.com`,
					name: key,
					role,
					teamId: team,
					manages: team ? [team] : [],
					password
				});
				if (!created.ok) throw new Error(created.reason);
				const u = created.user;
				people[key] = { id: u.id, email: u.email, name: u.name, role: u.role, teamId: u.team_id };
			};
			await add('learnerA', 'learner', teamA.id);
			await add('learnerB', 'learner', teamB.id);
			await add('managerA', 'manager', teamA.id);
			await add('managerB', 'manager', teamB.id);
			await add('trainer', 'trainer', null);
			await add('admin', 'admin', null);
		});
		afterAll(() => t?.close());

		/** An open invite written straight into the table, as a database from before links replaced each other holds. */
		const plantInvite = async (userId: string) => {
			const token = generateSessionToken();
			await t.db
				.insertInto('invites')
				.values({
					id: hashToken(token),
					user_id: userId,
					created_by: null,
					expires_at: new Date(Date.now() + 86_400_000).toISOString(),
					used_at: null,
					created_at: new Date().toISOString()
				})
				.execute();
			return token;
		};

		it('a learner sees only themself; a manager only their teams; a trainer no individual; an admin everyone', async () => {
			const can = (viewer: string, learner: string) => canViewLearner(t.db, people[viewer], people[learner].id);
			expect(await can('learnerA', 'learnerA')).toBe(true);
			expect(await can('learnerA', 'learnerB')).toBe(false);
			expect(await can('managerA', 'learnerA')).toBe(true);
			expect(await can('managerA', 'learnerB')).toBe(false);
			expect(await can('managerB', 'learnerA')).toBe(false);
			expect(await can('trainer', 'learnerA')).toBe(false);
			expect(await can('admin', 'learnerB')).toBe(true);
		});

		it("a manager of team A gets 403 for team B's learner; a signed-out visitor 401", async () => {
			await expect(requireLearnerAccess(t.db, { user: people.managerA }, people.learnerB.id)).rejects.toMatchObject({
				status: 403
			});
			await expect(requireLearnerAccess(t.db, { user: null }, people.learnerB.id)).rejects.toMatchObject({
				status: 401
			});
			await expect(requireAttemptAccess(t.db, { user: people.learnerA }, crypto.randomUUID())).rejects.toMatchObject({
				status: 404
			});
		});

		it('a session token validates; only its hash is stored; signing out everywhere ends it', async () => {
			const token = generateSessionToken();
			await createSession(t.db, people.learnerA.id, token);
			expect((await validateSessionToken(t.db, token))?.user.email).toBe('learnera@example.com');
			const stored = await t.db.selectFrom('sessions').select('id').execute();
			expect(stored.map((s) => s.id)).not.toContain(token);
			await invalidateAllSessions(t.db, people.learnerA.id);
			expect(await validateSessionToken(t.db, token)).toBeNull();
		});

		it('an expired session is refused; one past half its life slides forward', async () => {
			const expired = generateSessionToken();
			const old = generateSessionToken();
			const s1 = await createSession(t.db, people.learnerB.id, expired);
			const s2 = await createSession(t.db, people.learnerB.id, old);
			await t.db
				.updateTable('sessions')
				.set({ expires_at: new Date(Date.now() - 1000).toISOString() })
				.where('id', '=', s1.id)
				.execute();
			const soon = new Date(Date.now() + 2 * 86_400_000).toISOString();
			await t.db.updateTable('sessions').set({ expires_at: soon }).where('id', '=', s2.id).execute();
			expect(await validateSessionToken(t.db, expired)).toBeNull();
			const renewed = await validateSessionToken(t.db, old);
			expect(Date.parse(renewed!.session.expiresAt)).toBeGreaterThan(Date.now() + 29 * 86_400_000);
		});

		it('repeated wrong passwords lock the account from that address, even with the right one; not from elsewhere', async () => {
			const email = 'learnerb@example.com';
			for (let i = 0; i < 5; i++)
				expect(await checkSignIn(t.db, email, 'wrong', '10.0.0.1')).toEqual({ ok: false, reason: 'invalid' });
			expect(await checkSignIn(t.db, email, 'password-1', '10.0.0.1')).toMatchObject({ ok: false, reason: 'wait' });
			expect(await checkSignIn(t.db, email, 'password-1', '10.0.0.2')).toMatchObject({ ok: true });
		}, 30_000);

		it('a parallel burst is counted before any password is checked: only the free attempts are', async () => {
			const email = 'managerb@example.com';
			const answers = await Promise.all(
				Array.from({ length: 30 }, (_, i) => checkSignIn(t.db, email, i === 20 ? 'password-1' : 'wrong', '10.0.0.3'))
			);
			const checked = answers.filter((a) => a.ok || a.reason === 'invalid');
			expect(checked.length).toBe(5);
			expect(answers[20].ok).toBe(false);
		}, 30_000);

		it('many failures from one address slow that address down for every account', async () => {
			for (let i = 0; i < 21; i++) await checkSignIn(t.db, `nobody${i}@example.com`, 'wrong', '10.9.9.9');
			expect(await checkSignIn(t.db, 'admin@example.com', 'password-1', '10.9.9.9')).toMatchObject({ reason: 'wait' });
			expect(await checkSignIn(t.db, 'admin@example.com', 'password-1', '10.9.9.8')).toMatchObject({ ok: true });
		}, 60_000);

		it('a session ends 90 days after sign-in however much it is used, and is never renewed past that', async () => {
			const day = 86_400_000;
			const old = generateSessionToken();
			const ageing = generateSessionToken();
			const s1 = await createSession(t.db, people.managerA.id, old);
			const s2 = await createSession(t.db, people.managerA.id, ageing);
			const signedIn = (daysAgo: number) => new Date(Date.now() - daysAgo * day).toISOString();
			const inDays = (days: number) => new Date(Date.now() + days * day).toISOString();
			await t.db
				.updateTable('sessions')
				.set({ created_at: signedIn(91), expires_at: inDays(20) })
				.where('id', '=', s1.id)
				.execute();
			await t.db
				.updateTable('sessions')
				.set({ created_at: signedIn(85), expires_at: inDays(2) })
				.where('id', '=', s2.id)
				.execute();
			expect(await validateSessionToken(t.db, old)).toBeNull();
			const renewed = await validateSessionToken(t.db, ageing);
			expect(Date.parse(renewed!.session.expiresAt)).toBeGreaterThan(Date.now() + 4 * day);
			expect(Date.parse(renewed!.session.expiresAt)).toBeLessThanOrEqual(Date.now() - 85 * day + 90 * day);
		});

		it('a hash made at the old, lower cost is made again at the current cost when its owner signs in', async () => {
			const oldHash = await hashPassword('password-1', { N: 2 ** 14, r: 8, p: 1 });
			await t.db.updateTable('users').set({ password_hash: oldHash }).where('id', '=', people.trainer.id).execute();
			expect(needsRehash(oldHash)).toBe(true);
			expect(await checkSignIn(t.db, 'trainer@example.com', 'password-1', '10.2.2.2')).toMatchObject({ ok: true });
			const stored = (await findUser(t.db, people.trainer.id))!.password_hash!;
			expect(stored.split('$').slice(1, 4).map(Number)).toEqual([passwordCost.N, passwordCost.r, passwordCost.p]);
			expect(await verifyPassword('password-1', stored)).toBe(true);
		}, 30_000);

		it('a new invite link, an accepted one and a changed password each end the other open links', async () => {
			const created = await createPerson(t.db, { email: 'twice@example.com', name: '两次', role: 'learner' });
			if (!created.ok) throw new Error('not created');
			const id = created.user.id;
			const first = await createInvite(t.db, id, people.admin.id);
			const second = await createInvite(t.db, id, people.admin.id);
			expect(await findOpenInvite(t.db, first)).toBeNull();
			const stale = await plantInvite(id);
			expect(await acceptInvite(t.db, second, 'chosen password')).toBe(id);
			expect(await findOpenInvite(t.db, stale)).toBeNull();
			const another = await plantInvite(id);
			await setPassword(t.db, id, 'changed password');
			expect(await findOpenInvite(t.db, another)).toBeNull();
		}, 30_000);

		it('the sweep deletes expired sessions, closed invites and forgotten sign-in failures, and nothing live', async () => {
			const live = generateSessionToken();
			await createSession(t.db, people.learnerA.id, live);
			const dead = await createSession(t.db, people.learnerA.id, generateSessionToken());
			await t.db
				.updateTable('sessions')
				.set({ expires_at: new Date(Date.now() - 1000).toISOString() })
				.where('id', '=', dead.id)
				.execute();
			await t.db
				.insertInto('sign_in_failures')
				.values({
					key: 'address:10.7.7.7',
					failures: 3,
					last_failure_at: new Date(Date.now() - 3_600_000).toISOString(),
					claim: null
				})
				.execute();
			const swept = await sweepExpired(t.db);
			expect(swept.sessions).toBeGreaterThanOrEqual(1);
			expect(swept.signInFailures).toBeGreaterThanOrEqual(1);
			expect(await validateSessionToken(t.db, live)).not.toBeNull();
			const left = await t.db.selectFrom('sessions').select('id').where('id', '=', dead.id).execute();
			expect(left).toEqual([]);
		});

		it('an invite link sets the password once', async () => {
			const created = await createPerson(t.db, { email: 'new@example.com', name: '新人', role: 'learner' });
			if (!created.ok) throw new Error('not created');
			const token = await createInvite(t.db, created.user.id, people.admin.id);
			expect(await findOpenInvite(t.db, token)).toMatchObject({ email: 'new@example.com' });
			expect(await acceptInvite(t.db, token, 'my own password')).toBe(created.user.id);
			expect(await acceptInvite(t.db, token, 'another password')).toBeNull();
			expect(await checkSignIn(t.db, 'new@example.com', 'my own password', '10.1.1.1')).toMatchObject({ ok: true });
		}, 30_000);
	});
});
