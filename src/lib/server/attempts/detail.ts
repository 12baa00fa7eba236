// One attempt with everything its debrief shows, read against the version it was played on.
import type { Kysely } from 'kysely';
import { shownAt, walk, type Effect, type Result, type Roleplay } from '../../roleplay';
import { jsonColumns, readJson } from '../db/json';
import type { Database } from '../db/schema';
import { storedResult } from './result';
import { compiledVersion } from './versions';

export interface DebriefChoice {
	stepTitle: string;
	line: string;
	effects: Effect[];
	feedbackHtml: string | null;
	/** the answers that step offered, in the order the attempt showed them (empty if it cannot be replayed) */
	shown: string[];
}

export interface AttemptDebrief {
	id: string;
	userId: string;
	roleplayId: string;
	title: string;
	startedAt: string;
	finishedAt: string;
	version: string;
	result: Result;
	skillLabels: Record<string, string>;
	choices: DebriefChoice[];
}

export async function attemptDebrief(db: Kysely<Database>, attemptId: string): Promise<AttemptDebrief | null> {
	const attempt = await db.selectFrom('attempts').selectAll().where('id', '=', attemptId).executeTakeFirst();
	if (!attempt) return null;
	const [stored, rp, choices] = await Promise.all([
		storedResult(db, attemptId),
		compiledVersion(db, attempt.roleplay_id, attempt.version),
		db.selectFrom('attempt_choices').selectAll().where('attempt_id', '=', attemptId).orderBy('seq').execute()
	]);
	if (!stored || !rp) return null;
	const shown = shownLines(
		rp,
		attempt.id,
		choices.map((c) => c.position)
	);
	return {
		id: attempt.id,
		userId: attempt.user_id,
		roleplayId: attempt.roleplay_id,
		title: rp.title,
		startedAt: attempt.started_at,
		finishedAt: attempt.finished_at,
		version: attempt.version,
		result: stored.result,
		skillLabels: rp.skills,
		choices: choices.map((c, i) => ({
			stepTitle: rp.steps[c.step_id]?.title ?? c.step_id,
			line: c.line,
			effects: readJson(jsonColumns.effects, c.effects),
			feedbackHtml: feedbackOf(rp, c.step_id, c.position),
			shown: shown[i] ?? []
		}))
	};
}

function feedbackOf(rp: Roleplay, stepId: string, position: number): string | null {
	return rp.steps[stepId]?.choices.find((choice) => choice.position === position)?.feedbackHtml ?? null;
}

/** For each answer of a stored attempt, the lines its step offered in the order that attempt showed them. */
export function shownLines(rp: Roleplay, attemptId: string, positions: readonly number[]): string[][] {
	return walk(rp, positions).turns.map((turn) => shownAt(rp, attemptId, turn).map((c) => c.text));
}
