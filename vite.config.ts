import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

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
	plugins: [sveltekit(), ...paraglide],
	test: {
		include: ['src/**/*.test.ts', 'bin/**/*.test.ts'],
		environment: 'node',
		// Password hashes at a cheap cost (see src/lib/server/auth/password.ts); the reliability tests keep the real one.
		env: { PEILIAN_PASSWORD_COST: 'unit-tests' }
	}
});
