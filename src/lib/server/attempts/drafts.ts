// Unfinished attempts kept on the server, one per learner and role-play, so another device resumes them.
import type { Kysely } from 'kysely';
import type { Attempt } from '../../player/attempt';
import { walk } from '../../roleplay';
import { jsonColumns, readJson } from '../db/json';
import type { Database } from '../db/schema';
import { now } from '../db/time';
import type { DraftInput } from './input';
import { compiledVersion } from './versions';

/** A draft has the same shape as the attempt the player keeps in the browser. */
export type Draft = Attempt;

export type DraftSaved = { status: 200; draft: Draft } | { status: 404 | 409 | 422; reason: string };

export async function saveDraft(
	db: Kysely<Database>,
	userId: string,
	roleplayId: string,
	input: DraftInput
): Promise<DraftSaved> {
	const rp = await compiledVersion(db, roleplayId, input.version);
	if (!rp) return { status: 404, reason: `No role-play "${roleplayId}" with version ${input.version}` };
	const walked = walk(rp, input.choices);
	if (!walked.ok) return { status: 422, reason: walked.reason };
	const submitted = await db.selectFrom('attempts').select('id').where('id', '=', input.id).executeTakeFirst();
	if (submitted) return { status: 409, reason: 'This attempt is already submitted' };

	const row = {
		user_id: userId,
		roleplay_id: roleplayId,
		attempt_id: input.id,
		version: input.version,
		choices: JSON.stringify(input.choices),
		started_at: input.startedAt,
		updated_at: now()
	};
	await db
		.insertInto('progress_drafts')
		.values(row)
		.onConflict((oc) =>
			oc.columns(['user_id', 'roleplay_id']).doUpdateSet({
				attempt_id: row.attempt_id,
				version: row.version,
				choices: row.choices,
				started_at: row.started_at,
				updated_at: row.updated_at
			})
		)
		.execute();
	return { status: 200, draft: toDraft(row) };
}

export async function loadDraft(db: Kysely<Database>, userId: string, roleplayId: string): Promise<Draft | null> {
	const row = await db
		.selectFrom('progress_drafts')
		.selectAll()
		.where('user_id', '=', userId)
		.where('roleplay_id', '=', roleplayId)
		.executeTakeFirst();
	return row ? toDraft(row) : null;
}

function toDraft(row: {
	attempt_id: string;
	roleplay_id: string;
	version: string;
	choices: string;
	started_at: string;
	updated_at: string;
}): Draft {
	return {
		id: row.attempt_id,
		roleplay: row.roleplay_id,
		version: row.version,
		choices: readJson(jsonColumns.choices, row.choices),
		startedAt: row.started_at,
		updatedAt: row.updated_at
	};
}
