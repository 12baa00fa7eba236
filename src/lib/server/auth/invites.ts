// One-time invite links that let a person set their own password. Like sessions, only the token's
// hash is stored; the link is shown once to the admin who made it. A person has at most one open link:
// a new link, an accepted one or a changed password ends every other, so a link sent long ago (and
// perhaps forwarded) cannot reset a password the person has since chosen.
import type { Kysely } from 'kysely';
import { inTransaction } from '../db/transaction';
import type { Database } from '../db/schema';
import { later, now } from '../db/time';
import { hashPassword } from './password';
import { generateSessionToken, hashToken } from './session';

const lifetime = 7 * 24 * 60 * 60 * 1000;

/** A new link for the person; any earlier open link of theirs stops working. */
export async function createInvite(db: Kysely<Database>, userId: string, createdBy: string | null): Promise<string> {
	const token = generateSessionToken();
	await inTransaction(db, async (trx) => {
		await endOpenInvites(trx, userId);
		await trx
			.insertInto('invites')
			.values({
				id: hashToken(token),
				user_id: userId,
				created_by: createdBy,
				expires_at: later(lifetime),
				used_at: null,
				created_at: now()
			})
			.execute();
	});
	return token;
}

/** Ends every open invite of the person (the password is set, or a newer link replaces them). */
export async function endOpenInvites(db: Kysely<Database>, userId: string): Promise<void> {
	await db.deleteFrom('invites').where('user_id', '=', userId).where('used_at', 'is', null).execute();
}

/** Deletes invites that can no longer be used, spent or expired; nothing reads them afterwards. */
export async function deleteClosedInvites(db: Kysely<Database>, nowMs = Date.now()): Promise<number> {
	const deleted = await db
		.deleteFrom('invites')
		.where((eb) => eb.or([eb('used_at', 'is not', null), eb('expires_at', '<=', new Date(nowMs).toISOString())]))
		.executeTakeFirst();
	return Number(deleted.numDeletedRows);
}

export interface OpenInvite {
	userId: string;
	name: string;
	email: string;
}

export async function findOpenInvite(db: Kysely<Database>, token: string): Promise<OpenInvite | null> {
	const row = await db
		.selectFrom('invites')
		.innerJoin('users', 'users.id', 'invites.user_id')
		.select(['users.id', 'users.name', 'users.email'])
		.where('invites.id', '=', hashToken(token))
		.where('invites.used_at', 'is', null)
		.where('invites.expires_at', '>', now())
		.where('users.deactivated_at', 'is', null)
		.executeTakeFirst();
	return row ? { userId: row.id, name: row.name, email: row.email } : null;
}

/** Sets the password and spends the invite in one step; a second use of the link finds nothing. */
export async function acceptInvite(db: Kysely<Database>, token: string, password: string): Promise<string | null> {
	// Hashing is deliberately slow: never spend it on a link that does not exist.
	if (!(await findOpenInvite(db, token))) return null;
	const passwordHash = await hashPassword(password);
	return db.transaction().execute(async (trx) => {
		const spent = await trx
			.updateTable('invites')
			.set({ used_at: now() })
			.where('id', '=', hashToken(token))
			.where('used_at', 'is', null)
			.where('expires_at', '>', now())
			.returning('user_id')
			.executeTakeFirst();
		if (!spent) return null;
		await endOpenInvites(trx, spent.user_id);
		await trx.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', spent.user_id).execute();
		await trx.deleteFrom('sessions').where('user_id', '=', spent.user_id).execute();
		return spent.user_id;
	});
}
