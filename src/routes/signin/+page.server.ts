import { fail, redirect } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { beginSession } from '$lib/server/auth/begin';
import { landingPage } from '$lib/server/auth/landing';
import { formFields, signInForm } from '$lib/server/auth/forms';
import { checkSignIn } from '$lib/server/auth/sign-in';
import { sameSitePath } from '$lib/server/http/same-site-path';
import { demoAccounts, demoPassword } from '$lib/server/seed/accounts';
import { demoMode } from '$lib/server/startup';
import { findUser } from '$lib/server/teams/people';
import type { Role } from '$lib/roles';
import type { Actions, PageServerLoad } from './$types';

/** The page that sent the visitor here (`?next=`), if it is a page of this site; else their role's workspace. */
const nextPage = (url: URL, role: Role) => sameSitePath(url.searchParams.get('next'), url.origin, landingPage(role));

export const load: PageServerLoad = async ({ locals, url }) => {
	if (locals.user) redirect(303, nextPage(url, locals.user.role));
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
		if (!checked.ok && checked.reason === 'wait') {
			event.setHeaders({ 'retry-after': String(checked.seconds) });
			return fail(429, { email, problem: 'wait' as const, seconds: checked.seconds });
		}
		if (!checked.ok && checked.reason === 'busy') {
			event.setHeaders({ 'retry-after': '2' });
			return fail(429, { email, problem: 'busy' as const });
		}
		if (!checked.ok) return fail(400, { email, problem: 'invalid' as const });
		await beginSession(event, checked.userId);
		const user = await findUser(db, checked.userId);
		redirect(303, nextPage(event.url, user?.role ?? 'learner'));
	}
};
