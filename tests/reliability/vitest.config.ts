// The reliability tests drive the built server as a child process, so they run apart from the unit
// tests: one file at a time (each starts its own servers and would otherwise fight for two cores).
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		root: new URL('../..', import.meta.url).pathname,
		include: ['tests/reliability/**/*.test.ts'],
		environment: 'node',
		expect: { requireAssertions: true },
		globalSetup: ['tests/reliability/harness/build.ts'],
		fileParallelism: false,
		testTimeout: 120_000,
		hookTimeout: 120_000
	}
});
