// Starting a session after a successful sign-in: the old session (if any) ends, a new token is issued,
// so a token planted before sign-in is worth nothing after it.
import type { RequestEvent } from '@sveltejs/kit';
import { db } from '../db';
import { secureCookies } from './handle';
import { createSession, generateSessionToken, invalidateSession, setSessionCookie } from './session';

export async function beginSession(event: RequestEvent, userId: string): Promise<void> {
	if (event.locals.session) await invalidateSession(db, event.locals.session.id);
	const token = generateSessionToken();
	const session = await createSession(db, userId, token);
	setSessionCookie(event.cookies, token, session.expiresAt, secureCookies(event));
}
