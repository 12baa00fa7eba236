// Checking an email and password, slowed down after repeated failures.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { findUserByEmail } from '../teams/people';
import { verifyAgainstNothing, verifyPassword } from './password';
import { clearAccountFailures, recordSignInFailure, signInWait } from './throttle';

export type SignInChecked =
	{ ok: true; userId: string } | { ok: false; reason: 'invalid' } | { ok: false; reason: 'wait'; seconds: number };

export async function checkSignIn(
	db: Kysely<Database>,
	email: string,
	password: string,
	address: string
): Promise<SignInChecked> {
	const wait = await signInWait(db, email, address);
	if (wait > 0) return { ok: false, reason: 'wait', seconds: Math.ceil(wait / 1000) };
	const user = await findUserByEmail(db, email);
	const valid = user?.password_hash
		? await verifyPassword(password, user.password_hash)
		: await verifyAgainstNothing(password);
	if (!user || !valid) {
		await recordSignInFailure(db, email, address);
		return { ok: false, reason: 'invalid' };
	}
	await clearAccountFailures(db, email);
	return { ok: true, userId: user.id };
}
