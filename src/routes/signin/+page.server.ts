import { fail, redirect } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { beginSession, safeNext } from '$lib/server/auth/begin';
import { formFields, signInForm } from '$lib/server/auth/forms';
import { checkSignIn } from '$lib/server/auth/sign-in';
import { demoAccounts, demoPassword } from '$lib/server/seed/accounts';
import { demoMode } from '$lib/server/startup';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	if (locals.user) redirect(303, safeNext(url.searchParams.get('next')));
	const demo = await demoMode();
	return {
		demo: demo
			? { password: demoPassword, accounts: demoAccounts.map(({ email, name, role }) => ({ email, name, role })) }
			: null
	};
};

export const actions: Actions = {
	default: async (event) => {
		const parsed = signInForm.safeParse(formFields(await event.request.formData()));
		if (!parsed.success) return fail(400, { email: '', problem: 'invalid' as const });
		const { email, password } = parsed.data;
		const checked = await checkSignIn(db, email, password, event.getClientAddress());
		if (!checked.ok && checked.reason === 'wait')
			return fail(429, { email, problem: 'wait' as const, seconds: checked.seconds });
		if (!checked.ok) return fail(400, { email, problem: 'invalid' as const });
		await beginSession(event, checked.userId);
		redirect(303, safeNext(event.url.searchParams.get('next')));
	}
};
