// What an admin changes about a person after creating them: name, role and team; deactivation, which
// keeps every record; deletion, which does not.
import type { Kysely } from 'kysely';
import { endOpenInvites } from '../auth/invites';
import type { Database, Role } from '../db/schema';
import { now } from '../db/time';
import { inTransaction } from '../db/transaction';

export interface PersonEdit {
	name: string;
	role: Role;
	/** a learner's team */
	team: string | null;
	/** the teams a manager leads */
	manages: string[];
}

export type PersonChanged = { ok: true } | { ok: false; reason: 'not-found' | 'unknown-team' };

/** A learner has one team and leads none; a manager leads teams and is in none; others have neither. */
export async function editPerson(db: Kysely<Database>, userId: string, edit: PersonEdit): Promise<PersonChanged> {
	const teamId = edit.role === 'learner' ? edit.team : null;
	const manages = edit.role === 'manager' ? [...new Set(edit.manages)] : [];
	return inTransaction(db, async (trx) => {
		const wanted = [...new Set([teamId, ...manages].filter((t): t is string => !!t))];
		if (wanted.length) {
			const found = await trx.selectFrom('teams').select('id').where('id', 'in', wanted).execute();
			if (found.length !== wanted.length) return { ok: false, reason: 'unknown-team' } as const;
		}
		const updated = await trx
			.updateTable('users')
			.set({ name: edit.name.trim(), role: edit.role, team_id: teamId })
			.where('id', '=', userId)
			.executeTakeFirst();
		if (!Number(updated.numUpdatedRows)) return { ok: false, reason: 'not-found' } as const;
		await trx.deleteFrom('team_managers').where('user_id', '=', userId).execute();
		if (manages.length) {
			await trx
				.insertInto('team_managers')
				.values(manages.map((team_id) => ({ team_id, user_id: userId })))
				.execute();
		}
		return { ok: true } as const;
	});
}

/** No sign-in from now on: every session and open invite link ends; attempts, comments and assignments stay. */
export async function deactivatePerson(db: Kysely<Database>, userId: string): Promise<boolean> {
	return inTransaction(db, async (trx) => {
		const updated = await trx
			.updateTable('users')
			.set({ deactivated_at: now() })
			.where('id', '=', userId)
			.where('deactivated_at', 'is', null)
			.executeTakeFirst();
		await trx.deleteFrom('sessions').where('user_id', '=', userId).execute();
		await endOpenInvites(trx, userId);
		return Number(updated.numUpdatedRows) > 0;
	});
}

/** Signs in again with the password they had; an invite link is needed only if they never set one. */
export async function reactivatePerson(db: Kysely<Database>, userId: string): Promise<boolean> {
	const updated = await db
		.updateTable('users')
		.set({ deactivated_at: null })
		.where('id', '=', userId)
		.executeTakeFirst();
	return Number(updated.numUpdatedRows) > 0;
}

/**
 * Removes the person with everything that is theirs: attempts (taken back out of every report and
 * role-play total), drafts, progress, comments they wrote and assignments made to them alone.
 * Assignments they made stay, with no author.
 */
export async function deletePerson(db: Kysely<Database>, userId: string): Promise<boolean> {
	return inTransaction(db, async (trx) => {
		// Deleted apart, before the person, so the delete trigger still finds each attempt's choices.
		await trx.deleteFrom('attempts').where('user_id', '=', userId).execute();
		const deleted = await trx.deleteFrom('users').where('id', '=', userId).executeTakeFirst();
		return Number(deleted.numDeletedRows) > 0;
	});
}
