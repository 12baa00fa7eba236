// Which Chromium the browser tests launch, and how: shared by Playwright (end-to-end) and Vitest's
// browser project (component tests). Debian's where it is installed, else Playwright's own browser,
// else a clear instruction.
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';

/** @returns {string | undefined} */
function chromiumExecutable() {
	if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
	if (existsSync(chromium.executablePath())) return undefined;
	throw new Error(
		'No Chromium found for the browser tests. Install one with\n' +
			'  apt-get install -y chromium fonts-wqy-microhei\n' +
			'or, where downloads work,\n' +
			'  npx playwright install chromium'
	);
}

export function chromiumLaunchOptions() {
	return {
		executablePath: chromiumExecutable(),
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync'
		]
	};
}
