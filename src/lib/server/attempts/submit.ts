// Storing a finished attempt: the server replays the learner's choices through the engine and keeps
// the result it computed itself. The attempt id is the idempotency key: the primary key, not a
// read-then-write, decides which of several concurrent submissions stores it.
import type { Kysely } from 'kysely';
import { replay, type Result, type Roleplay, type TakenChoice } from '../../roleplay';
import { writeTogether } from '../db/group-commit';
import type { Database } from '../db/schema';
import { now } from '../db/time';
import type { AttemptSubmission } from './input';
import { storedResult } from './result';
import { compiledVersion } from './versions';

export type Submitted = { status: 201 | 200; result: Result } | { status: 404 | 409 | 422; reason: string };

export async function submitAttempt(
	db: Kysely<Database>,
	userId: string,
	input: AttemptSubmission
): Promise<Submitted> {
	const retry = await answerRetry(db, userId, input.id);
	if (retry) return retry;

	const rp = await compiledVersion(db, input.roleplay, input.version);
	if (!rp) return { status: 404, reason: `No role-play "${input.roleplay}" with version ${input.version}` };
	const replayed = replay(rp, input.choices);
	if (!replayed.ok) return { status: 422, reason: replayed.reason };

	const inserted = await writeTogether(db, async (trx) => {
		const startedAt = await startTime(trx, userId, input);
		const row = await trx
			.insertInto('attempts')
			.values(attemptRow({ ...input, userId, startedAt, finishedAt: now() }, replayed.result))
			.onConflict((oc) => oc.column('id').doNothing())
			.returning('id')
			.executeTakeFirst();
		if (!row) return false;
		await insertDetails(trx, rp, input.id, replayed.result, replayed.history);
		await trx
			.deleteFrom('progress_drafts')
			.where('user_id', '=', userId)
			.where('roleplay_id', '=', input.roleplay)
			.where('attempt_id', '=', input.id)
			.execute();
		return true;
	});
	if (inserted) return { status: 201, result: replayed.result };
	// Another request with this id won the race; answer as for a retry.
	return (await answerRetry(db, userId, input.id))!;
}

async function answerRetry(db: Kysely<Database>, userId: string, attemptId: string): Promise<Submitted | null> {
	const stored = await storedResult(db, attemptId);
	if (!stored) return null;
	if (stored.userId !== userId) return { status: 409, reason: 'This attempt id is already used' };
	return { status: 200, result: stored.result };
}

/** When the draft of this attempt was started, else what the player says if plausible, else now. */
async function startTime(db: Kysely<Database>, userId: string, input: AttemptSubmission): Promise<string> {
	const draft = await db
		.selectFrom('progress_drafts')
		.select('started_at')
		.where('user_id', '=', userId)
		.where('roleplay_id', '=', input.roleplay)
		.where('attempt_id', '=', input.id)
		.executeTakeFirst();
	if (draft) return draft.started_at;
	const claimed = input.startedAt ? Date.parse(input.startedAt) : NaN;
	const day = 24 * 60 * 60 * 1000;
	if (claimed <= Date.now() && claimed > Date.now() - day) return new Date(claimed).toISOString();
	return now();
}

export interface AttemptFacts {
	id: string;
	userId: string;
	roleplay: string;
	version: string;
	startedAt: string;
	finishedAt: string;
}

/** The attempts row for an attempt and the result the engine gave it. */
export function attemptRow(attempt: AttemptFacts, result: Result) {
	return {
		id: attempt.id,
		user_id: attempt.userId,
		roleplay_id: attempt.roleplay,
		version: attempt.version,
		started_at: attempt.startedAt,
		finished_at: attempt.finishedAt,
		outcome: result.outcome,
		ending: result.ending,
		total: result.total,
		best: result.best,
		percent: result.percent,
		passed: result.passed ? 1 : 0,
		vars: JSON.stringify(result.vars)
	};
}

export async function insertDetails(
	db: Kysely<Database>,
	rp: Roleplay,
	attemptId: string,
	result: Result,
	history: TakenChoice[]
): Promise<void> {
	// Sorted for the same reason as the choices below: each skill row bumps the learner's per-day counter.
	const skills = Object.entries(result.skills)
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.map(([skill, s]) => ({ attempt_id: attemptId, skill, score: s.score, best: s.best, percent: s.percent }));
	if (skills.length) await db.insertInto('attempt_skills').values(skills).execute();
	const choices = history.map((taken, seq) => ({
		attempt_id: attemptId,
		seq,
		roleplay_id: rp.id,
		step_id: taken.step,
		position: taken.position,
		line: taken.text,
		effects: JSON.stringify(taken.effects)
	}));
	// Each choice row bumps a shared per-step counter (the report rollups' trigger). Inserting in one
	// global order, not path order, makes concurrent attempts lock those counters in the same order, so
	// two learners who took a hub's questions in opposite orders cannot deadlock on PostgreSQL.
	choices.sort((a, b) => (a.step_id < b.step_id ? -1 : a.step_id > b.step_id ? 1 : a.position - b.position));
	if (choices.length) await db.insertInto('attempt_choices').values(choices).execute();
}
