import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { contentPlugin } from './src/lib/content/build-plugin.js';
import { chromiumLaunchOptions } from './tests/chromium.js';

// Under Vitest the paraglide plugin keeps a watcher alive and every run waits 10 s at exit;
// unit tests use the messages compiled by `npm run i18n` instead.
const paraglide = process.env.VITEST
	? []
	: [
			paraglideVitePlugin({
				project: './project.inlang',
				outdir: './src/lib/paraglide',
				strategy: ['cookie', 'preferredLanguage', 'baseLocale']
			})
		];

export default defineConfig({
	plugins: [contentPlugin(), sveltekit(), ...paraglide],
	test: {
		// A test that asserts nothing passes whatever the code does: each must assert at least once.
		expect: { requireAssertions: true },
		// Password hashes at a cheap cost (see src/lib/server/auth/password.ts); the reliability tests keep the real one.
		env: { PEILIAN_PASSWORD_COST: 'unit-tests' },
		projects: [
			{
				extends: true,
				test: {
					name: 'node',
					include: ['src/**/*.test.ts', 'bin/**/*.test.ts'],
					exclude: ['src/**/*.svelte.test.ts'],
					environment: 'node'
				}
			},
			{
				// Components and their `.svelte.ts` state, in a real Chromium (the one the end-to-end tests use).
				extends: true,
				test: {
					name: 'browser',
					include: ['src/**/*.svelte.test.ts'],
					browser: {
						enabled: true,
						headless: true,
						// Looked up under Vitest only: building the app needs no browser.
						provider: playwright({ launchOptions: process.env.VITEST ? chromiumLaunchOptions() : undefined }),
						instances: [{ browser: 'chromium' }]
					}
				}
			}
		]
	}
});
