// Rows that can no longer be used are deleted when the server starts and every hour after: expired
// sessions, spent or expired invites, sign-in failures older than the throttle's window. Without this the
// tables only grow, and a stolen database would hold sessions long after anyone could use them.
import type { Kysely } from 'kysely';
import { deleteClosedInvites } from './auth/invites';
import { deleteExpiredSessions } from './auth/session';
import { forgetOldSignInFailures } from './auth/throttle';
import type { Database } from './db/schema';

const everyMs = 60 * 60 * 1000;

export interface Swept {
	sessions: number;
	invites: number;
	signInFailures: number;
}

export async function sweepExpired(db: Kysely<Database>, nowMs = Date.now()): Promise<Swept> {
	return {
		sessions: await deleteExpiredSessions(db, nowMs),
		invites: await deleteClosedInvites(db, nowMs),
		signInFailures: await forgetOldSignInFailures(db, nowMs)
	};
}

/** Sweeps once now, then every hour; a failed sweep is logged and tried again at the next hour. */
export async function startHousekeeping(db: Kysely<Database>): Promise<void> {
	await sweepExpired(db);
	setInterval(() => {
		sweepExpired(db).catch((error: unknown) =>
			console.error(`housekeeping: the hourly sweep failed (${error instanceof Error ? error.message : error})`)
		);
	}, everyMs).unref();
}
