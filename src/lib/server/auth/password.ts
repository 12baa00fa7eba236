// Password hashing with scrypt (memory-hard), a random salt per user, compared in constant time.
// Stored as `scrypt$N$r$p$salt$hash` (base64), so a hash made at an older cost still verifies and is
// made again at the current cost on the person's next sign-in (see sign-in.ts).
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { passwordWork } from './password-queue';

/**
 * OWASP's minimum for scrypt is N=2^17, r=8, p=1 or one of the equivalents it lists: this is the
 * N=2^15, p=3 one, which needs a quarter of the memory (32 MiB) and less than half the time here.
 */
const strongCost = { N: 2 ** 15, r: 8, p: 3 };

// The unit tests hash hundreds of passwords: vite.config.ts asks for a cheap cost for them alone, and
// only a Vitest run honours it, so no server or command ever hashes at it.
const cheapForUnitTests = process.env.VITEST && process.env.PEILIAN_PASSWORD_COST === 'unit-tests';
export const passwordCost = cheapForUnitTests ? { N: 2 ** 10, r: 8, p: 1 } : strongCost;
const keyLength = 32;

function derive(password: string, salt: Buffer, options: ScryptOptions & { N: number; r: number }): Promise<Buffer> {
	// scrypt needs 128 * N * r bytes; twice that leaves room for the rest of its state.
	const maxmem = 256 * options.N * options.r;
	return passwordWork.run(
		() =>
			new Promise((resolve, reject) =>
				scrypt(password.normalize('NFKC'), salt, keyLength, { ...options, maxmem }, (err, key) =>
					err ? reject(err) : resolve(key)
				)
			)
	);
}

interface StoredHash {
	cost: { N: number; r: number; p: number };
	salt: Buffer;
	hash: Buffer;
}

function parseStored(stored: string): StoredHash | null {
	const [scheme, n, r, p, salt, hash] = stored.split('$');
	if (scheme !== 'scrypt' || !salt || !hash) return null;
	return {
		cost: { N: Number(n), r: Number(r), p: Number(p) },
		salt: Buffer.from(salt, 'base64'),
		hash: Buffer.from(hash, 'base64')
	};
}

/** The stored form of a new password; `cost` other than today's only for tests of older hashes. */
export async function hashPassword(password: string, cost = passwordCost): Promise<string> {
	const salt = randomBytes(16);
	const key = await derive(password, salt, cost);
	return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
	const parsed = parseStored(stored);
	if (!parsed) return false;
	const key = await derive(password, parsed.salt, parsed.cost);
	return key.length === parsed.hash.length && timingSafeEqual(key, parsed.hash);
}

/** Whether a stored hash was made at another cost than today's, and should be made again. */
export function needsRehash(stored: string): boolean {
	const cost = parseStored(stored)?.cost;
	return !cost || cost.N !== passwordCost.N || cost.r !== passwordCost.r || cost.p !== passwordCost.p;
}

/** Spends the same time as a real check, so a missing account is not told apart by timing. */
async function verifyAgainstNothing(password: string): Promise<false> {
	await derive(password, randomBytes(16), passwordCost);
	return false;
}

/**
 * A sign-in's password check, against the stored hash or (no such account) against nothing, or `busy`
 * when too many checks are already waiting: the caller refuses the attempt instead of queueing it.
 */
export function checkPassword(password: string, stored: string | null | undefined): Promise<boolean> | 'busy' {
	if (passwordWork.full) return 'busy';
	return stored ? verifyPassword(password, stored) : verifyAgainstNothing(password);
}

export const passwordRules = { min: 8, max: 200 };
