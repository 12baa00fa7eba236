// One-time invite links that let a person set their own password. Like sessions, only the token's
// hash is stored; the link is shown once to the admin who made it.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { later, now } from '../db/time';
import { hashPassword } from './password';
import { generateSessionToken, hashToken } from './session';

const lifetime = 7 * 24 * 60 * 60 * 1000;

export async function createInvite(db: Kysely<Database>, userId: string, createdBy: string | null): Promise<string> {
	const token = generateSessionToken();
	await db
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
	return token;
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
		await trx.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', spent.user_id).execute();
		await trx.deleteFrom('sessions').where('user_id', '=', spent.user_id).execute();
		return spent.user_id;
	});
}
