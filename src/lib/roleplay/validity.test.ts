import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { problems } from './fixtures/build.js';

/** The fixture's problems as `line:column severity message`, compiled as a bundled role-play would be. */
const fixture = (name: string) =>
	problems(readFileSync(new URL(`./fixtures/validity/${name}.md`, import.meta.url), 'utf8'));

const warningsOf = (name: string) => fixture(name).filter((p) => p.includes(' warning '));

describe('check warns where a strategy that ignores the customer passes, at the ending with the path', () => {
	it('always the longest line', () => {
		expect(fixture('always-longest')).toContain(
			'16:1 warning always choosing the longest line passes (won, 100%): --choices 2; make length tell nothing: give some steps a short best answer and a long weak one'
		);
	});

	it('always the shortest line, and only that', () => {
		expect(warningsOf('always-shortest')).toEqual([
			'16:1 warning always choosing the shortest line passes (won, 100%): --choices 2; make length tell nothing: give some steps a short weak answer and a longer good one'
		]);
	});

	it('always the first answer when the file keeps its order (shuffle: false)', () => {
		expect(warningsOf('always-first')).toEqual([
			'18:1 warning always choosing the first answer passes (won, 100%): --choices 1; with `shuffle: false` the learner sees the file order: put the best answers at different places'
		]);
	});

	it('always the last answer when the file keeps its order (shuffle: false)', () => {
		expect(warningsOf('always-last')).toEqual([
			'18:1 warning always choosing the last answer passes (won, 100%): --choices 3; with `shuffle: false` the learner sees the file order: put the best answers at different places'
		]);
	});

	it('first and last are no shortcut when the player shuffles the answers', () => {
		const shuffled = readFileSync(new URL('./fixtures/validity/always-first.md', import.meta.url), 'utf8').replace(
			'shuffle: false\n',
			''
		);
		expect(problems(shuffled).filter((p) => p.includes('always choosing'))).toEqual([]);
	});
});

describe('check warns about scoring that does not measure the conversation', () => {
	it('a won ending reachable below half the best score, with the lowest path to it', () => {
		expect(warningsOf('cheap-win')).toEqual([
			'23:1 warning this `won` ending is reachable at 0%, below half the best score: --choices 2,1; a sale made with poor technique should not look like a success: lead such paths to a `neutral` ending, or change the scoring'
		]);
	});

	it('a reachable point where every offered answer loses points, with a path there', () => {
		expect(fixture('no-good-answer')).toContain(
			'16:1 warning every answer offered at step `angry` loses points, e.g. after --choices 2: give the learner at least one good answer here'
		);
	});

	it('the best answer being the longest line at most steps, at the first such step with a path there', () => {
		expect(fixture('best-is-longest')).toContain(
			'16:1 warning the best answer is the longest line at 2 of the 3 steps with a choice (needs, price), e.g. at `needs` after --choices 1: learners soon learn to pick the longest; write some best answers short and some weak answers long'
		);
	});

	it('the warnings leave the file playable: it still compiles', () => {
		expect(fixture('no-good-answer').filter((p) => p.includes(' error '))).toEqual([]);
	});
});
