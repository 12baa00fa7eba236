import { defineConfig, devices } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumLaunchOptions } from './tests/chromium.js';

const port = Number(process.env.PORT ?? 4173);
const origin = `http://127.0.0.1:${port}`;
// PEILIAN_OUT keeps a test build apart from others' builds in the same tree (see svelte.config.js).
const buildDir = process.env.PEILIAN_OUT ? `${process.env.PEILIAN_OUT}/build` : 'build';

/** The environment of the app server under test; features add what their server needs here. */
const serverEnv: Record<string, string> = {
	PORT: String(port),
	HOST: '127.0.0.1',
	ORIGIN: origin,
	// One JSON line per request would drown the test output; errors are still logged.
	REQUEST_LOG: '0',
	// A fresh SQLite file per run (set once here; the workers inherit it), seeded with the demo organisation.
	DATABASE_URL: '',
	DATABASE_PATH: (process.env.PEILIAN_E2E_DATABASE ??= join(mkdtempSync(join(tmpdir(), 'peilian-e2e-')), 'e2e.sqlite'))
};

// PEILIAN_SKIP_BUILD=1 reuses the last build while iterating on tests.
// A build outside the project (PEILIAN_OUT) finds its packages through bin/project-packages.js.
const startCommand = `node --import ./bin/project-packages.js ${buildDir}`;
const serverCommand = process.env.PEILIAN_SKIP_BUILD ? startCommand : `npm run build && ${startCommand}`;

const launchOptions = chromiumLaunchOptions();

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.spec.ts',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: process.env.CI ? 1 : 0,
	reporter: process.env.CI ? 'line' : 'list',
	// Generous: axe runs several times per test, and CI machines are often shared.
	timeout: 90_000,
	expect: { timeout: 10_000 },
	use: {
		baseURL: origin,
		// The bundled content is Chinese; tests start from a Chinese-speaking browser unless they say otherwise.
		locale: 'zh-CN',
		trace: 'retain-on-failure'
	},
	projects: [
		{
			name: 'desktop',
			// Page width on a phone is checked at the phone's width only.
			grepInvert: /@phone-only/,
			use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, launchOptions }
		},
		{
			name: 'phone',
			// Keyboard shortcuts and the CSP sweep do not change with the screen.
			grepInvert: /@desktop-only/,
			// What these check is the server's (scoring, access, comments, exports, the shuffle's order), the same
			// at any width; their pages at phone width are covered by phone-width, phone-header and the page specs.
			testIgnore: ['**/accounts.spec.ts', '**/coaching.spec.ts', '**/shuffle.spec.ts'],
			use: {
				...devices['Desktop Chrome'],
				viewport: { width: 390, height: 844 },
				deviceScaleFactor: 3,
				isMobile: true,
				hasTouch: true,
				launchOptions
			}
		}
	],
	webServer: {
		command: serverCommand,
		url: origin,
		env: serverEnv,
		timeout: 600_000,
		reuseExistingServer: false,
		stdout: 'pipe',
		stderr: 'pipe'
	}
});
