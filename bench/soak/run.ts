// `npm run soak`: the reliability load at full size against the built server (PEILIAN_OUT), on SQLite
// and on PostgreSQL (TEST_DATABASE_URL, else skipped with a note). 200 learners with their own sessions
// submit 50 attempts each with network retries; halfway through the server is killed with SIGKILL and
// started again. Prints attempts sent, acknowledged, stored, lost, duplicated, 5xx, requests per second
// and p50/p99 latency. Lost, duplicated and 5xx must be 0: the run exits 1 otherwise.
import { dialects, postgresSkipReason, scratchDatabase } from '../../tests/reliability/harness/databases';
import { count5xx, percentile, runLoad } from '../../tests/reliability/harness/load';
import { bundledRoleplays } from '../../tests/reliability/harness/paths';
import { createLearners } from '../../tests/reliability/harness/people';
import { startApp, type AppServer } from '../../tests/reliability/harness/server';
import { checkStored } from '../../tests/reliability/harness/verify';

// `--quick`: 20 learners, 5 attempts each, so the tests can run it.
const quick = process.argv.includes('--quick');
const learners = Number(process.env.SOAK_LEARNERS ?? (quick ? 20 : 200));
const attemptsEach = Number(process.env.SOAK_ATTEMPTS ?? (quick ? 5 : 50));
const concurrency = Number(process.env.SOAK_CONCURRENCY ?? 64);
const ports = { sqlite: 4680, postgres: 4681 };

async function soak(dialect: 'sqlite' | 'postgres'): Promise<boolean> {
	const database = await scratchDatabase(dialect);
	let app: AppServer | undefined;
	try {
		app = await startApp(ports[dialect], database);
		const db = database.open().db;
		const total = learners * attemptsEach;
		let restart: Promise<void> | undefined;
		const report = await runLoad({
			origin: app.origin,
			learners: await createLearners(db, learners, 'soak'),
			attemptsPerLearner: attemptsEach,
			roleplays: bundledRoleplays(),
			seed: 200,
			concurrency,
			giveUpAfterMs: 120_000,
			onAcknowledged(count) {
				if (count !== Math.floor(total / 2) || restart) return;
				const first = app!;
				restart = first.kill9().then(async () => {
					app = await startApp(ports[dialect], database);
				});
			}
		});
		await restart;
		const stored = await checkStored(db, report.attempts);
		const seconds = report.elapsedMs / 1000;
		const figures = {
			dialect,
			learners,
			'attempts sent': stored.sent,
			acknowledged: stored.acknowledged,
			stored: stored.stored,
			lost: stored.lost.length,
			duplicated: stored.duplicated.length,
			'wrong score': stored.wrongScore.length + report.wrongScores.length,
			'5xx': count5xx(report),
			requests: report.requests,
			'network errors (kill -9 and dropped connections)': report.networkErrors,
			'requests/s': Math.round(report.requests / seconds),
			'p50 ms': Math.round(percentile(report.latenciesMs, 50) * 10) / 10,
			'p99 ms': Math.round(percentile(report.latenciesMs, 99) * 10) / 10,
			'elapsed s': Math.round(seconds)
		};
		console.log(`\n${dialect}:`);
		for (const [name, value] of Object.entries(figures).slice(1)) console.log(`  ${name.padEnd(50)} ${value}`);
		return (
			figures.lost === 0 &&
			figures.duplicated === 0 &&
			figures['5xx'] === 0 &&
			figures['wrong score'] === 0 &&
			stored.phantom.length === 0
		);
	} finally {
		await app?.stop();
		await database.drop();
	}
}

let ok = true;
console.log(`soak: ${learners} learners x ${attemptsEach} attempts, ${concurrency} at a time, one kill -9 halfway`);
for (const { dialect, skip } of dialects) {
	if (skip) console.log(`\n${dialect}: ${postgresSkipReason}`);
	else ok = (await soak(dialect)) && ok;
}
process.exit(ok ? 0 : 1);
