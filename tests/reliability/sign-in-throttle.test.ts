// The sign-in throttle under a parallel burst, the cap on password checks running at once, a lock that a
// stranger cannot put on someone else's account, and passwords hashed again at today's cost: against the
// built server on each database, with client addresses taken from X-Forwarded-For as behind a proxy.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, postgresSkipReason, scratchDatabase, type ScratchDatabase } from './harness/databases';
import { addressFromHeader, meetsOwasp, oldCostHash, postSignIn } from './harness/forms';
import { createLearners } from './harness/people';
import { startApp, type AppServer } from './harness/server';

const demoPassword = 'peilian-demo';
const ports = { sqlite: 4700, postgres: 4701 };
const busyMessage: string = JSON.parse(readFileSync('messages/zh.json', 'utf8')).auth_busy;

describe.each(dialects)('sign-in throttle on $dialect', ({ dialect, skip }) => {
	if (skip) it.skip(postgresSkipReason, () => {});
	describe.skipIf(skip)('', () => {
		let database: ScratchDatabase;
		let app: AppServer;
		beforeAll(async () => {
			database = await scratchDatabase(dialect);
			app = await startApp(ports[dialect], database, { ...addressFromHeader, REQUEST_LOG: '0' });
		});
		afterAll(async () => {
			await app?.stop();
			await database?.drop();
		});

		it('a burst of 200 parallel sign-ins for one account checks only a few, and the right password in it does not get in', async () => {
			const rightAt = 150;
			const started = performance.now();
			const answers = await Promise.all(
				Array.from({ length: 200 }, (_, i) =>
					postSignIn(app.origin, 'wang.fang@peilian.demo', i === rightAt ? demoPassword : 'wrong-password', {
						address: '10.1.0.1'
					})
				)
			);
			const statuses = answers.map((r) => r.status);
			const checked = statuses.filter((s) => s === 400 || s === 303).length;
			console.log(
				`${dialect}: burst of 200 for one account in ${Math.round(performance.now() - started)} ms: ` +
					`${checked} passwords checked, ${statuses.filter((s) => s === 429).length} refused with 429, ` +
					`the right password (#${rightAt}) answered ${statuses[rightAt]}`
			);
			expect(statuses[rightAt]).not.toBe(303);
			expect(statuses.every((s) => s === 400 || s === 429)).toBe(true);
			// The four free failures and the fifth; every attempt after it starts a one-second lock again, so
			// only a whole second without any attempt, in the middle of the burst, could let one more through.
			expect(checked).toBeLessThanOrEqual(6);
		});

		it('a burst of sign-ins for 200 accounts from 200 addresses runs a few checks at a time and refuses the rest with 429', async () => {
			const started = performance.now();
			const answers = await Promise.all(
				Array.from({ length: 200 }, (_, i) =>
					postSignIn(app.origin, `nobody-${i}@example.com`, 'a guess', { address: `10.2.${i >> 8}.${i & 255}` })
				)
			);
			const busy = answers.filter((r) => r.status === 429);
			const checked = answers.filter((r) => r.status === 400).length;
			console.log(
				`${dialect}: burst of 200 accounts in ${Math.round(performance.now() - started)} ms: ` +
					`${checked} passwords checked, ${busy.length} refused as busy`
			);
			expect(checked + busy.length).toBe(200);
			expect(busy.length).toBeGreaterThan(0);
			expect(Number(busy[0].headers.get('retry-after'))).toBeGreaterThan(0);
			expect(await busy[0].text()).toContain(busyMessage);
			// Once the burst has drained, signing in works at once.
			const after = await postSignIn(app.origin, 'li.na@peilian.demo', demoPassword, { address: '10.2.9.9' });
			expect(after.status).toBe(303);
		});

		it("a stranger's wrong passwords lock the account only from the stranger's address; its owner signs in elsewhere", async () => {
			const email = 'chen.hao@peilian.demo';
			await Promise.all(
				Array.from({ length: 30 }, () => postSignIn(app.origin, email, 'wrong-password', { address: '10.3.0.1' }))
			);
			expect((await postSignIn(app.origin, email, demoPassword, { address: '10.3.0.1' })).status).toBe(429);
			expect((await postSignIn(app.origin, email, demoPassword, { address: '10.3.0.2' })).status).toBe(303);
		});

		it("a password hashed at the old, lower cost is hashed again at OWASP's minimum when its owner signs in", async () => {
			const db = database.open().db;
			const [person] = await createLearners(db, 1, 'old-hash');
			const email = (await db.selectFrom('users').select('email').where('id', '=', person.id).executeTakeFirstOrThrow())
				.email;
			await db
				.updateTable('users')
				.set({ password_hash: await oldCostHash('an old password') })
				.where('id', '=', person.id)
				.execute();
			const stored = async () =>
				(await db.selectFrom('users').select('password_hash').where('id', '=', person.id).executeTakeFirstOrThrow())
					.password_hash!;
			expect(meetsOwasp(await stored())).toBe(false);
			expect((await postSignIn(app.origin, email, 'an old password', { address: '10.4.0.1' })).status).toBe(303);
			expect(meetsOwasp(await stored())).toBe(true);
			expect((await postSignIn(app.origin, email, 'an old password', { address: '10.4.0.1' })).status).toBe(303);
			const seeded = await db
				.selectFrom('users')
				.select('password_hash')
				.where('email', '=', 'admin@peilian.demo')
				.executeTakeFirstOrThrow();
			expect(meetsOwasp(seeded.password_hash!)).toBe(true);
		});
	});
});
