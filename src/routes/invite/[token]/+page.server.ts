import { fail, redirect } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { beginSession } from '$lib/server/auth/begin';
import { landingPage } from '$lib/server/auth/landing';
import { formFields, newPasswordForm, passwordProblem } from '$lib/server/auth/forms';
import { acceptInvite, findOpenInvite } from '$lib/server/auth/invites';
import { findUser } from '$lib/server/teams/people';
import type { Actions, PageServerLoad } from './$types';

// The link itself is the credential: anyone holding it may set the invited person's password, once.
export const load: PageServerLoad = async ({ params }) => {
	const invite = await findOpenInvite(db, params.token);
	return { invite: invite && { name: invite.name, email: invite.email } };
};

export const actions: Actions = {
	default: async (event) => {
		const parsed = newPasswordForm.safeParse(formFields(await event.request.formData()));
		if (!parsed.success) return fail(400, { problem: passwordProblem(parsed.error) });
		const userId = await acceptInvite(db, event.params.token, parsed.data.password);
		if (!userId) return fail(410, { problem: 'gone' as const });
		await beginSession(event, userId);
		const user = await findUser(db, userId);
		redirect(303, landingPage(user?.role ?? 'learner'));
	}
};
