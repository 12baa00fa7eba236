import { redirect, type RequestHandler } from '@sveltejs/kit';
import { cookieMaxAge, cookieName, isLocale } from '$lib/paraglide/runtime';

// The language switch is a plain form, so it works without JavaScript: remember the choice, go back.
export const POST: RequestHandler = async ({ request, cookies, url }) => {
	const form = await request.formData();
	const locale = form.get('locale');
	if (typeof locale === 'string' && isLocale(locale)) {
		cookies.set(cookieName, locale, {
			path: '/',
			maxAge: cookieMaxAge,
			httpOnly: false,
			sameSite: 'lax',
			secure: url.protocol === 'https:'
		});
	}
	redirect(303, safeReturnPath(form.get('return')));
};

/** Only same-site paths, so the form cannot be used to bounce a user to another site. */
function safeReturnPath(value: FormDataEntryValue | null): string {
	return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}
