import { redirect } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { requireSignedIn, requireUser } from '$lib/server/auth/guard';
import { secureCookies } from '$lib/server/auth/handle';
import { deleteSessionCookie, invalidateAllSessions, invalidateSession } from '$lib/server/auth/session';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	requireSignedIn(locals, url);
};

export const actions: Actions = {
	here: async (event) => {
		requireUser(event.locals);
		if (event.locals.session) await invalidateSession(db, event.locals.session.id);
		deleteSessionCookie(event.cookies, secureCookies(event));
		redirect(303, '/');
	},
	everywhere: async (event) => {
		const user = requireUser(event.locals);
		await invalidateAllSessions(db, user.id);
		deleteSessionCookie(event.cookies, secureCookies(event));
		redirect(303, '/');
	}
};
