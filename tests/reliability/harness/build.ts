// Builds the app once before the reliability tests, unless PEILIAN_SKIP_BUILD says the build is fresh
// (as when `npm test` runs them right after the end-to-end tests built it).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { buildDir } from './server';

export default function setup(): void {
	if (process.env.PEILIAN_SKIP_BUILD && existsSync(`${buildDir}/index.js`)) return;
	execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
}
