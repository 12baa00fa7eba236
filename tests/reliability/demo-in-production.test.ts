// A database seeded with the demo organisation (by `npm start` outside production) and then used by a
// real organisation: a production start refuses it and names the command that removes the demo;
// `peilian demo remove` deletes exactly the demo, and the real people, attempts and reports stay whole.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, postgresSkipReason, scratchDatabase, type ScratchDatabase } from './harness/databases';
import { postSignIn, statusOf } from './harness/forms';
import { runLoad } from './harness/load';
import { bundledRoleplays } from './harness/paths';
import { createLearners, type SignedIn } from './harness/people';
import { startApp } from './harness/server';

const ports = { sqlite: 4702, postgres: 4703 };
const run = promisify(execFile);

describe.each(dialects)('the demo organisation and production on $dialect', ({ dialect, skip }) => {
	if (skip) it.skip(postgresSkipReason, () => {});
	describe.skipIf(skip)('', () => {
		let database: ScratchDatabase;
		let real: SignedIn[];
		let realAttempts: number;
		beforeAll(async () => {
			database = await scratchDatabase(dialect);
			const app = await startApp(ports[dialect], database);
			real = await createLearners(database.open().db, 3, 'real');
			const load = await runLoad({
				origin: app.origin,
				learners: real,
				attemptsPerLearner: 2,
				roleplays: bundledRoleplays(),
				seed: 14,
				concurrency: 3
			});
			realAttempts = load.attempts.filter((a) => a.acknowledged).length;
			await app.stop();
		});
		afterAll(async () => {
			await database?.drop();
		});

		const counts = async () => {
			const db = database.open().db;
			const realIds = real.map((p) => p.id);
			const count = async (query: { executeTakeFirstOrThrow(): Promise<{ n: string | number | null }> }) =>
				Number((await query.executeTakeFirstOrThrow()).n ?? 0);
			const people = db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n'));
			const attempts = db.selectFrom('attempts').select((eb) => eb.fn.countAll<number>().as('n'));
			return {
				demoPeople: await count(people.where('email', 'like', '%@peilian.demo')),
				realPeople: await count(people.where('id', 'in', realIds)),
				realAttempts: await count(attempts.where('user_id', 'in', realIds)),
				allAttempts: await count(attempts),
				rolledUp: await count(db.selectFrom('roleplay_day_stats').select((eb) => eb.fn.sum<number>('attempts').as('n')))
			};
		};

		it('a production start refuses the database while the demo is in it, and says how to remove it', async () => {
			expect((await counts()).demoPeople).toBeGreaterThan(0);
			const refusal = await startApp(ports[dialect], database, { NODE_ENV: 'production' }).then(
				async (app) => {
					await app.stop();
					return 'the server started';
				},
				(error: Error) => error.message
			);
			expect(refusal).toMatch(/will not start in production[\s\S]*npx peilian demo remove/);
		});

		it('`peilian demo remove` deletes the demo and nothing else; production then starts and no demo account signs in', async () => {
			const env = { ...process.env, DATABASE_URL: database.url ?? '', DATABASE_PATH: database.path ?? '' };
			const removed = await run(process.execPath, ['bin/peilian.js', 'demo', 'remove'], { env });
			expect(removed.stdout).toMatch(/Removed the demo organisation: 16 people/);
			const after = await counts();
			expect(after).toMatchObject({ demoPeople: 0, realPeople: real.length, realAttempts });
			expect(realAttempts).toBe(6);
			// Only the real attempts are left, and the analytics rollups count exactly them.
			expect(after.allAttempts).toBe(realAttempts);
			expect(after.rolledUp).toBe(realAttempts);

			const app = await startApp(ports[dialect], database, { NODE_ENV: 'production' });
			try {
				expect((await postSignIn(app.origin, 'admin@peilian.demo', 'peilian-demo')).status).toBe(400);
				expect(await statusOf(app.origin, '/me', real[0].cookie)).toBe(200);
			} finally {
				await app.stop();
			}
			const again = await run(process.execPath, ['bin/peilian.js', 'demo', 'remove'], { env });
			expect(again.stdout).toMatch(/no demo organisation/);
		});
	});
});
