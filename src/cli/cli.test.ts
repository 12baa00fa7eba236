import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOLDEN_PATH, GOLDEN_RESULT } from '../lib/roleplay/fixtures/price-objection.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const BIN = join(ROOT, 'bin/peilian.js');
const FIXTURE = 'src/lib/roleplay/fixtures/price-objection.md';

function peilian(args: string[], cwd = ROOT) {
	const run = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
	return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('peilian play', { timeout: 60_000 }, () => {
	it('--json prints exactly the result object for a path through a hub and a guard', () => {
		const { code, stdout } = peilian(['play', FIXTURE, '--choices', GOLDEN_PATH.join(','), '--json']);
		expect(code).toBe(0);
		expect(JSON.parse(stdout)).toEqual(GOLDEN_RESULT);
	});

	it('prints a transcript with the lines shown, each choice, its coaching and the score', () => {
		const { code, stdout } = peilian(['play', FIXTURE, '--choices', '2,1']);
		expect(code).toBe(0);
		expect(stdout).toContain('-> 2. 今天有活动,可以给您打九折。   [value -2, closing -1]');
		expect(stdout).toContain('   > 过早让价,顾客会以为还有更大的降价空间。');
		expect(stdout).toContain('lost at `lost`: total -4 of best 9, 0%, not passed (pass 70%)');
	});

	it('exits 2 naming the step and position for a choice not offered, or choices that stop short', () => {
		const guarded = peilian(['play', FIXTURE, '--choices', '1,3']);
		expect(guarded.code).toBe(2);
		expect(guarded.stderr).toContain(
			'step `demo`, choice 2 of --choices (position 3): choice 3 at step `demo` is not offered: `if trust >= 2` is false (trust is 1)'
		);
		const short = peilian(['play', FIXTURE, '--choices', '1,1']);
		expect(short.code).toBe(2);
		expect(short.stderr).toContain(
			'step `habits`, after choice 2: the choices stop at step `habits`, before an ending (offered there: 1)'
		);
	});

	it('exits 1 and prints the problems when the file has errors', () => {
		const dir = mkdtempSync(join(tmpdir(), 'peilian-'));
		writeFileSync(join(dir, 'broken.md'), '---\ntitle: T\n---\n\n## a\n\n`end won`\n');
		const { code, stderr } = peilian(['play', join(dir, 'broken.md'), '--choices', '']);
		expect(code).toBe(1);
		expect(stderr).toMatch(/broken\.md:1:1: front matter is missing the required key `summary`/);
	});
});

/** A project folder whose content/roleplays holds one file. */
function projectWithRoleplay(name: string, source: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'peilian-'));
	mkdirSync(join(dir, 'content/roleplays'), { recursive: true });
	writeFileSync(join(dir, 'content/roleplays', name), source);
	return dir;
}

describe('peilian check', { timeout: 60_000 }, () => {
	it('prints every problem as path:line:column: message, warnings marked, and exits 1 on errors', () => {
		const dir = projectWithRoleplay(
			'bad.md',
			'---\ntitle: T\nsummary: S\npersona: P\nskills:\n  value: V\nvars:\n  mood: 0\n---\n\n## a\n\n- 好 [→](#b) `value +1`\n\n## b\n\n`end won`\n\n## c\n\n`end lost`\n'
		);
		const { code, stdout, stderr } = peilian(['check'], dir);
		expect(stdout.trim().split('\n')).toEqual([
			'content/roleplays/bad.md:8:3: warning: nothing reads the var `mood`: use it in a guard (`if mood >= N`) or as the meter, or remove it',
			'content/roleplays/bad.md:19:1: step `c` is never reached: no path from the first step leads here; link to it with `[→](#c)` or remove it'
		]);
		expect(stderr).toContain('checked 1 file: 1 error, 1 warning');
		expect(code).toBe(1);
	});

	it('--strict fails on warnings too; without it a file with only warnings passes', () => {
		const dir = projectWithRoleplay(
			'warned.md',
			'---\ntitle: 价格,太高\nsummary: S\npersona: P\nskills:\n  value: V\n---\n\n## a\n\n- 好 [→](#b) `value +1`\n\n## b\n\n`end won`\n'
		);
		const relaxed = peilian(['check'], dir);
		expect(relaxed.stdout).toContain('content/roleplays/warned.md:2:10: warning: ASCII `,` next to Chinese text');
		expect(relaxed.code).toBe(0);
		const strict = peilian(['check', '--strict'], dir);
		expect(strict.stderr).toContain('checked 1 file: 0 errors, 1 warning');
		expect(strict.code).toBe(1);
	});
});
