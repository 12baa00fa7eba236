// The server is killed with SIGKILL in the middle of a load and started again on the same database:
// it starts cleanly, every attempt a learner was told is saved is there, and the players' resends of
// the unanswered ones store each exactly once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, postgresSkipReason, scratchDatabase, type ScratchDatabase } from './harness/databases';
import { count5xx, runLoad } from './harness/load';
import { bundledRoleplays } from './harness/paths';
import { createLearners } from './harness/people';
import { startApp, type AppServer } from './harness/server';
import { checkStored } from './harness/verify';

const learners = 20;
const attemptsEach = 10;
const killAfterAcknowledged = 60;
const ports = { sqlite: 4620, postgres: 4621 };

describe.each(dialects)('crash on $dialect', ({ dialect, skip }) => {
	if (skip) it.skip(postgresSkipReason, () => {});
	describe.skipIf(skip)('', () => {
		let database: ScratchDatabase;
		let app: AppServer | undefined;
		let killed: Promise<void> | undefined;
		beforeAll(async () => {
			database = await scratchDatabase(dialect);
		});
		afterAll(async () => {
			await killed?.catch(() => {});
			await app?.stop();
			await database?.drop();
		});

		it(
			'kill -9 during the load loses no acknowledged attempt and the server starts again cleanly',
			{ timeout: 300_000 },
			async () => {
				const port = ports[dialect];
				app = await startApp(port, database);
				const db = database.open().db;
				let acknowledgedBeforeKill = 0;
				let firstOutput: string[] = [];
				const report = await runLoad({
					origin: app.origin,
					learners: await createLearners(db, learners),
					attemptsPerLearner: attemptsEach,
					roleplays: bundledRoleplays(),
					seed: 9,
					concurrency: learners,
					giveUpAfterMs: 60_000,
					onAcknowledged(count) {
						if (count !== killAfterAcknowledged || killed) return;
						acknowledgedBeforeKill = count;
						const first = app!;
						firstOutput = first.output;
						killed = first.kill9().then(async () => {
							app = await startApp(port, database);
						});
					}
				});
				await killed;
				const serverErrors = [...firstOutput, ...app!.output].filter((line) => /"level":"error"|Error/.test(line));
				expect(acknowledgedBeforeKill).toBe(killAfterAcknowledged);
				expect(report.networkErrors).toBeGreaterThan(0);
				expect(count5xx(report), serverErrors.join('\n')).toBe(0);
				const stored = await checkStored(db, report.attempts);
				expect(stored.lost).toEqual([]);
				expect(stored.duplicated).toEqual([]);
				expect(stored.wrongScore).toEqual([]);
				expect(stored.phantom).toEqual([]);
				// The players kept resending through the restart, so in the end every attempt was answered.
				expect(stored).toMatchObject({
					sent: learners * attemptsEach,
					acknowledged: learners * attemptsEach,
					stored: learners * attemptsEach
				});
				expect(serverErrors).toEqual([]);
			}
		);
	});
});
