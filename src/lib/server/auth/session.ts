// Server-side sessions as the Lucia guide describes: a random token lives only in the person's cookie,
// the database keeps its SHA-256, and the expiry slides forward while the person keeps using the app,
// up to an absolute limit from sign-in, so a copied cookie does not stay good for as long as it is used.
import { createHash, randomBytes } from 'node:crypto';
import type { Cookies } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import type { Database, Role } from '../db/schema';
import { later, now } from '../db/time';

const day = 24 * 60 * 60 * 1000;
const lifetime = 30 * day;
const renewWithin = 15 * day;
export const maxSessionAge = 90 * day;
export const sessionCookie = 'peilian_session';

export interface SessionUser {
	id: string;
	email: string;
	name: string;
	role: Role;
	teamId: string | null;
}

export interface Session {
	id: string;
	userId: string;
	expiresAt: string;
}

export function generateSessionToken(): string {
	return randomBytes(24).toString('base64url');
}

export function hashToken(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

export async function createSession(db: Kysely<Database>, userId: string, token: string): Promise<Session> {
	const session = { id: hashToken(token), user_id: userId, expires_at: later(lifetime), created_at: now() };
	await db.insertInto('sessions').values(session).execute();
	return { id: session.id, userId, expiresAt: session.expires_at };
}

/**
 * The session and its person, or null when the token is unknown, expired or older than maxSessionAge;
 * renews a session past half-life, never beyond maxSessionAge from its sign-in.
 */
export async function validateSessionToken(
	db: Kysely<Database>,
	token: string
): Promise<{ session: Session; user: SessionUser } | null> {
	const id = hashToken(token);
	const row = await db
		.selectFrom('sessions')
		.innerJoin('users', 'users.id', 'sessions.user_id')
		.select([
			'sessions.id',
			'sessions.expires_at',
			'sessions.created_at',
			'users.id as user_id',
			'users.email',
			'users.name',
			'users.role',
			'users.team_id'
		])
		.where('sessions.id', '=', id)
		.where('users.deactivated_at', 'is', null)
		.executeTakeFirst();
	if (!row) return null;
	const nowMs = Date.now();
	const expires = Date.parse(row.expires_at);
	const endsBy = Date.parse(row.created_at) + maxSessionAge;
	if (expires <= nowMs || endsBy <= nowMs) {
		await db.deleteFrom('sessions').where('id', '=', id).execute();
		return null;
	}
	let expiresAt = row.expires_at;
	const renewed = Math.min(nowMs + lifetime, endsBy);
	if (expires - nowMs < renewWithin && renewed > expires) {
		expiresAt = new Date(renewed).toISOString();
		await db.updateTable('sessions').set({ expires_at: expiresAt }).where('id', '=', id).execute();
	}
	return {
		session: { id, userId: row.user_id, expiresAt },
		user: { id: row.user_id, email: row.email, name: row.name, role: row.role, teamId: row.team_id }
	};
}

/** Deletes sessions that can no longer be used: expired, or signed in longer ago than maxSessionAge. */
export async function deleteExpiredSessions(db: Kysely<Database>, nowMs = Date.now()): Promise<number> {
	const deleted = await db
		.deleteFrom('sessions')
		.where((eb) =>
			eb.or([
				eb('expires_at', '<=', new Date(nowMs).toISOString()),
				eb('created_at', '<=', new Date(nowMs - maxSessionAge).toISOString())
			])
		)
		.executeTakeFirst();
	return Number(deleted.numDeletedRows);
}

export async function invalidateSession(db: Kysely<Database>, sessionId: string): Promise<void> {
	await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

export async function invalidateAllSessions(db: Kysely<Database>, userId: string): Promise<void> {
	await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export function setSessionCookie(cookies: Cookies, token: string, expiresAt: string, secure: boolean): void {
	cookies.set(sessionCookie, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure,
		expires: new Date(expiresAt)
	});
}

export function deleteSessionCookie(cookies: Cookies, secure: boolean): void {
	cookies.delete(sessionCookie, { path: '/', httpOnly: true, sameSite: 'lax', secure });
}
