// One demo attempt: a plausible path through a role-play for a learner of the given skill (0 to 1),
// replayed through the engine and stored as the server stores a submitted one.
import type { Kysely } from 'kysely';
import { TEAM_UTC_OFFSET_HOURS } from '../../time-zone';
import { replay, type Roleplay } from '../../roleplay';
import { attemptRow, insertDetails } from '../attempts/submit';
import type { Database } from '../db/schema';
import { plausiblePath } from './paths';

const day = 24 * 60 * 60 * 1000;
const teamOffset = TEAM_UTC_OFFSET_HOURS * 60 * 60 * 1000;

/** The same day where the teams work, between 9:00 and 21:00 when salespeople practise, and never after `latest`. */
export function duringWorkingHours(ms: number, random: () => number, latest: number): number {
	const dayStart = Math.floor((ms + teamOffset) / day) * day - teamOffset;
	return Math.min(latest, dayStart + (9 + random() * 12) * 60 * 60 * 1000);
}

/** Stores an attempt finished at `finishedMs`; returns its percent, or null when the path did not replay. */
export async function seedAttempt(
	db: Kysely<Database>,
	userId: string,
	rp: Roleplay,
	skill: number,
	finishedMs: number,
	random: () => number
): Promise<number | null> {
	const replayed = replay(rp, plausiblePath(rp, skill, random));
	if (!replayed.ok) return null;
	const minutes = 3 + random() * 9;
	const id = crypto.randomUUID();
	const facts = {
		id,
		userId,
		roleplay: rp.id,
		version: rp.version,
		startedAt: new Date(finishedMs - minutes * 60_000).toISOString(),
		finishedAt: new Date(finishedMs).toISOString()
	};
	await db.insertInto('attempts').values(attemptRow(facts, replayed.result)).execute();
	await insertDetails(db, rp, id, replayed.result, replayed.history);
	return replayed.result.percent;
}
