// Checking an email and password: counted by the throttle before the check, checked a few at a time,
// and a hash made at an older cost made again now that the password is known.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { findUserByEmail } from '../teams/people';
import { checkPassword, hashPassword, needsRehash } from './password';
import { admitSignIn, recordSignInFailure, recordSignInSuccess } from './throttle';

export type SignInChecked =
	| { ok: true; userId: string }
	| { ok: false; reason: 'invalid' }
	| { ok: false; reason: 'wait'; seconds: number }
	| { ok: false; reason: 'busy' };

export async function checkSignIn(
	db: Kysely<Database>,
	email: string,
	password: string,
	address: string
): Promise<SignInChecked> {
	const wait = await admitSignIn(db, email, address);
	if (wait > 0) return { ok: false, reason: 'wait', seconds: Math.ceil(wait / 1000) };
	const user = await findUserByEmail(db, email);
	// Refused while many checks wait; the attempt stays counted, as any attempt let through is.
	const checked = checkPassword(password, user?.password_hash);
	if (checked === 'busy') return { ok: false, reason: 'busy' };
	// Awaited even without an account, so the answer takes as long as for a real one.
	const valid = await checked;
	// A deactivated person is told what anyone with a wrong password is told.
	if (!user || !valid || user.deactivated_at) {
		await recordSignInFailure(db, email, address);
		return { ok: false, reason: 'invalid' };
	}
	await recordSignInSuccess(db, email, address);
	if (user.password_hash && needsRehash(user.password_hash)) await rehash(db, user.id, user.password_hash, password);
	return { ok: true, userId: user.id };
}

/** Stores the password at today's cost, unless it changed meanwhile (a new password is not overwritten). */
async function rehash(db: Kysely<Database>, userId: string, old: string, password: string): Promise<void> {
	await db
		.updateTable('users')
		.set({ password_hash: await hashPassword(password) })
		.where('id', '=', userId)
		.where('password_hash', '=', old)
		.execute();
}
