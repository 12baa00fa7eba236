import { fail } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { beginSession } from '$lib/server/auth/begin';
import { formFields, newPasswordForm, passwordProblem } from '$lib/server/auth/forms';
import { requireSignedIn, requireUser } from '$lib/server/auth/guard';
import { verifyPassword } from '$lib/server/auth/password';
import { invalidateAllSessions } from '$lib/server/auth/session';
import { findUser, setPassword } from '$lib/server/teams/people';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	const user = requireSignedIn(locals, url);
	return { account: { name: user.name, email: user.email, role: user.role } };
};

export const actions: Actions = {
	password: async (event) => {
		const user = requireUser(event.locals);
		const fields = formFields(await event.request.formData());
		const stored = await findUser(db, user.id);
		if (!stored?.password_hash || !(await verifyPassword(fields.current ?? '', stored.password_hash))) {
			return fail(400, { problem: 'wrong' as const });
		}
		const parsed = newPasswordForm.safeParse(fields);
		if (!parsed.success) return fail(400, { problem: passwordProblem(parsed.error) });
		await setPassword(db, user.id, parsed.data.password);
		// A changed password should lock out whoever knew the old one, on every device but this one.
		await invalidateAllSessions(db, user.id);
		event.locals.session = null;
		await beginSession(event, user.id);
		return { changed: true };
	}
};
