// `npm run bench:quick`: every benchmark at its small size, one after the other, so a benchmark that no
// longer runs fails the tests. Figures at this size mean little; that the run completes is the point.
// The server benchmarks reuse the last build when PEILIAN_SKIP_BUILD is set (as `npm test` does).
import { spawnSync } from 'node:child_process';

const benches = ['roleplay', 'search', 'reports', 'content', 'attempts', 'startup', 'soak'];
const env = { ...process.env, ...(process.env.PEILIAN_SKIP_BUILD ? { BENCH_SKIP_BUILD: '1' } : {}) };
const began = performance.now();
const failed: string[] = [];
for (const bench of benches) {
	const started = performance.now();
	const run = spawnSync('node_modules/.bin/tsx', [`bench/${bench}/run.ts`, '--quick'], { env, encoding: 'utf8' });
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	if (run.status === 0) {
		console.log(`ok   ${bench.padEnd(9)} ${seconds.padStart(5)} s`);
	} else {
		failed.push(bench);
		console.log(`FAIL ${bench.padEnd(9)} ${seconds.padStart(5)} s (exit ${run.status ?? run.signal})`);
		console.log(`${run.stdout.slice(-3000)}${run.stderr.slice(-3000)}`);
	}
}
console.log(
	`${benches.length - failed.length}/${benches.length} benchmarks ran in ${((performance.now() - began) / 1000).toFixed(0)} s`
);
process.exitCode = failed.length ? 1 : 0;
