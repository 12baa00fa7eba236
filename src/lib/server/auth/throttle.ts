// Slows down repeated failed sign-ins, per account and per client address, with an exponential lock
// that the database keeps (so every app process behind a load balancer sees the same counts).
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { now } from '../db/time';

interface Policy {
	/** failures allowed before any wait */
	free: number;
	/** failures older than this are forgotten */
	windowMs: number;
	maxLockMs: number;
}

// An office shares one address, so the address allows more failures than an account.
const policies = {
	account: { free: 4, windowMs: 15 * 60_000, maxLockMs: 15 * 60_000 },
	address: { free: 20, windowMs: 15 * 60_000, maxLockMs: 15 * 60_000 }
} satisfies Record<string, Policy>;

type Kind = keyof typeof policies;

function keysFor(email: string, address: string): [Kind, string][] {
	return [
		['account', `account:${email.toLowerCase()}`],
		['address', `address:${address}`]
	];
}

/** Lock length after `failures` failures: none while free, then 1 s, 2 s, 4 s ... capped. */
export function lockMs(policy: Policy, failures: number): number {
	if (failures <= policy.free) return 0;
	return Math.min(1000 * 2 ** (failures - policy.free - 1), policy.maxLockMs);
}

/** Milliseconds the person must still wait before trying again (0 = may try now). */
export async function signInWait(db: Kysely<Database>, email: string, address: string): Promise<number> {
	const keys = keysFor(email, address);
	const rows = await db
		.selectFrom('sign_in_failures')
		.selectAll()
		.where(
			'key',
			'in',
			keys.map(([, key]) => key)
		)
		.execute();
	let wait = 0;
	for (const row of rows) {
		const [kind] = keys.find(([, key]) => key === row.key)!;
		const policy = policies[kind];
		const last = Date.parse(row.last_failure_at);
		if (Date.now() - last > policy.windowMs) continue;
		wait = Math.max(wait, last + lockMs(policy, row.failures) - Date.now());
	}
	return Math.max(0, wait);
}

export async function recordSignInFailure(db: Kysely<Database>, email: string, address: string): Promise<void> {
	const at = now();
	for (const [kind, key] of keysFor(email, address)) {
		const windowStart = new Date(Date.now() - policies[kind].windowMs).toISOString();
		await db
			.insertInto('sign_in_failures')
			.values({ key, failures: 1, last_failure_at: at })
			.onConflict((oc) =>
				oc.column('key').doUpdateSet({
					// Atomic in one statement, so concurrent failures all count.
					failures: sql<number>`case when sign_in_failures.last_failure_at < ${windowStart} then 1 else sign_in_failures.failures + 1 end`,
					last_failure_at: at
				})
			)
			.execute();
	}
}

/** A correct password clears the account's count; the address keeps its own until the window passes. */
export async function clearAccountFailures(db: Kysely<Database>, email: string): Promise<void> {
	await db.deleteFrom('sign_in_failures').where('key', '=', `account:${email.toLowerCase()}`).execute();
}
