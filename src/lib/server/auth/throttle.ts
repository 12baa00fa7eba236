// Slows down repeated failed sign-ins, per account from one address and per address, with an exponential
// lock that the database keeps (so every app process behind a load balancer sees the same counts).
// An attempt is counted before its password is checked, in the same statement that decides whether it
// may go ahead: a burst of parallel attempts cannot all slip through before the first failure is written.
import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../db/schema';

interface Policy {
	/** failures allowed before any wait */
	free: number;
	/** failures older than this are forgotten; at least maxLockMs */
	windowMs: number;
	maxLockMs: number;
}

const policies = {
	// Keyed on the account and the address together, so a stranger trying a known email locks out only
	// themself, not its owner signing in from elsewhere.
	account: { free: 4, windowMs: 15 * 60_000, maxLockMs: 15 * 60_000 },
	// An office shares one address, so the address allows more failures than an account.
	address: { free: 20, windowMs: 15 * 60_000, maxLockMs: 15 * 60_000 }
} satisfies Record<string, Policy>;

type Kind = keyof typeof policies;

interface ThrottleKey {
	kind: Kind;
	key: string;
}

function keysFor(email: string, address: string): ThrottleKey[] {
	return [
		{ kind: 'account', key: `account:${email.trim().toLowerCase()} from ${address}` },
		{ kind: 'address', key: `address:${address}` }
	];
}

/** Lock length after `failures` failures: none while free, then 1 s, 2 s, 4 s ... capped. */
export function lockMs(policy: Policy, failures: number): number {
	if (failures <= policy.free) return 0;
	return Math.min(1000 * 2 ** (failures - policy.free - 1), policy.maxLockMs);
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Whether a row's lock has passed at `at`: always while its failures are free, else when its last
 * failure lies a lock's length back. One arm per doubling up to the cap, so the database decides in the
 * very statement that counts.
 */
function lockPassed(policy: Policy, at: number): RawBuilder<boolean> {
	const arms: RawBuilder<unknown>[] = [];
	for (let failures = policy.free + 1; lockMs(policy, failures) < policy.maxLockMs; failures++) {
		arms.push(sql`when sign_in_failures.failures = ${failures} then ${iso(at - lockMs(policy, failures))}`);
	}
	const latest = sql`case ${sql.join(arms, sql` `)} else ${iso(at - policy.maxLockMs)} end`;
	return sql<boolean>`(sign_in_failures.failures <= ${policy.free} or sign_in_failures.last_failure_at <= ${latest})`;
}

/**
 * Counts one attempt against `key` unless its lock has not yet passed, in which case the lock starts
 * again: a stream of attempts stays locked out until it pauses for a whole lock. Returns 0 when the
 * attempt may go ahead, else the milliseconds to wait. The row keeps the random claim of the attempt it
 * last let through, so each of many parallel attempts knows whether it was that one.
 */
async function claim(db: Kysely<Database>, { kind, key }: ThrottleKey, at: number): Promise<number> {
	const policy = policies[kind];
	const mine = randomUUID();
	// A forgotten row (older than the window) has always passed its lock too: the window is at least the cap.
	const forgotten = sql<boolean>`sign_in_failures.last_failure_at < ${iso(at - policy.windowMs)}`;
	const passed = lockPassed(policy, at);
	const row = await db
		.insertInto('sign_in_failures')
		.values({ key, failures: 1, last_failure_at: iso(at), claim: mine })
		.onConflict((oc) =>
			oc.column('key').doUpdateSet({
				failures: sql<number>`case when ${forgotten} then 1 when ${passed} then sign_in_failures.failures + 1 else sign_in_failures.failures end`,
				last_failure_at: iso(at),
				claim: sql<string>`case when ${passed} then ${mine} else sign_in_failures.claim end`
			})
		)
		.returning(['failures', 'claim'])
		.executeTakeFirstOrThrow();
	return row.claim === mine ? 0 : Math.max(1000, lockMs(policy, Number(row.failures)));
}

/**
 * Counts this attempt for the account from this address, then for the address, as a failure until the
 * password proves right. Returns the milliseconds to wait when either is locked (0 = check the password).
 */
export async function admitSignIn(db: Kysely<Database>, email: string, address: string): Promise<number> {
	const at = Date.now();
	for (const key of keysFor(email, address)) {
		const wait = await claim(db, key, at);
		if (wait > 0) return wait;
	}
	return 0;
}

/** A wrong password restarts the locks from now: the wait runs from when the failure was known. */
export async function recordSignInFailure(db: Kysely<Database>, email: string, address: string): Promise<void> {
	const keys = keysFor(email, address).map((k) => k.key);
	await db
		.updateTable('sign_in_failures')
		.set({ last_failure_at: iso(Date.now()) })
		.where('key', 'in', keys)
		.execute();
}

/**
 * A right password clears the account's count from this address; the address only takes this attempt
 * back, so one person signing in at a shared address does not wipe out someone else's failures there.
 */
export async function recordSignInSuccess(db: Kysely<Database>, email: string, address: string): Promise<void> {
	const [account, place] = keysFor(email, address);
	await db.deleteFrom('sign_in_failures').where('key', '=', account.key).execute();
	await db
		.updateTable('sign_in_failures')
		.set({ failures: sql<number>`failures - 1` })
		.where('key', '=', place.key)
		.where('failures', '>', 0)
		.execute();
}

/** Deletes the rows whose failures are all older than the window: they no longer slow anyone down. */
export async function forgetOldSignInFailures(db: Kysely<Database>, nowMs = Date.now()): Promise<number> {
	const longest = Math.max(...Object.values(policies).map((p) => p.windowMs));
	const deleted = await db
		.deleteFrom('sign_in_failures')
		.where('last_failure_at', '<', iso(nowMs - longest))
		.executeTakeFirst();
	return Number(deleted.numDeletedRows);
}
