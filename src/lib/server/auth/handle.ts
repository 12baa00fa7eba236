// Resolves the session cookie into `locals.user` for every request, refreshing the cookie as the
// session slides forward.
import type { Handle, RequestEvent } from '@sveltejs/kit';
import { db } from '../db';
import { deleteSessionCookie, sessionCookie, setSessionCookie, validateSessionToken } from './session';

export function secureCookies(event: RequestEvent): boolean {
	return event.url.protocol === 'https:' || process.env.NODE_ENV === 'production';
}

export const authHandle: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	event.locals.session = null;
	const token = event.cookies.get(sessionCookie);
	if (token) {
		const valid = await validateSessionToken(db, token);
		if (valid) {
			event.locals.user = valid.user;
			event.locals.session = valid.session;
			setSessionCookie(event.cookies, token, valid.session.expiresAt, secureCookies(event));
		} else {
			deleteSessionCookie(event.cookies, secureCookies(event));
		}
	}
	return resolve(event);
};
