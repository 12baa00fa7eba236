// Many learners, each signed in with their own session, submit attempts over a flaky network against
// the built server: afterwards every acknowledged attempt is stored exactly once with the engine's
// score, and no request got a 5xx. SQLite always, PostgreSQL when TEST_DATABASE_URL is set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, postgresSkipReason, scratchDatabase, type ScratchDatabase } from './harness/databases';
import { count5xx, runLoad } from './harness/load';
import { bundledRoleplays } from './harness/paths';
import { createLearners } from './harness/people';
import { startApp, type AppServer } from './harness/server';
import { checkStored } from './harness/verify';

const learners = 40;
const attemptsEach = 10;
const ports = { sqlite: 4610, postgres: 4611 };

describe.each(dialects)('load on $dialect', ({ dialect, skip }) => {
	if (skip) it.skip(postgresSkipReason, () => {});
	describe.skipIf(skip)('', () => {
		let database: ScratchDatabase;
		let app: AppServer;
		beforeAll(async () => {
			database = await scratchDatabase(dialect);
			app = await startApp(ports[dialect], database);
		});
		afterAll(async () => {
			await app?.stop();
			await database?.drop();
		});

		it(
			`${learners} learners x ${attemptsEach} attempts with retries: one row per id, the engine's score, no 5xx`,
			{ timeout: 300_000 },
			async () => {
				const db = database.open().db;
				const report = await runLoad({
					origin: app.origin,
					learners: await createLearners(db, learners),
					attemptsPerLearner: attemptsEach,
					roleplays: bundledRoleplays(),
					seed: 8,
					concurrency: learners
				});
				const stored = await checkStored(db, report.attempts);
				expect(count5xx(report)).toBe(0);
				expect(report.networkErrors).toBeLessThanOrEqual(report.attempts.length); // only the deliberate drops
				expect(
					Object.keys(report.statuses)
						.map(Number)
						.every((s) => s === 200 || s === 201)
				).toBe(true);
				expect(report.requests).toBeGreaterThan(learners * attemptsEach);
				expect(report.wrongScores).toEqual([]);
				expect(stored).toMatchObject({
					sent: learners * attemptsEach,
					acknowledged: learners * attemptsEach,
					stored: learners * attemptsEach
				});
				expect(stored.lost).toEqual([]);
				expect(stored.duplicated).toEqual([]);
				expect(stored.wrongScore).toEqual([]);
				expect(stored.phantom).toEqual([]);
			}
		);
	});
});
