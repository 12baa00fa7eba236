import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { cookieMaxAge, cookieName } from '$lib/paraglide/runtime';
import { authHandle } from '$lib/server/auth/handle';
import { attemptRateLimit } from '$lib/server/http/attempt-rate';
import { bodyLimit } from '$lib/server/http/body-limit';
import { handleServerError } from '$lib/server/http/errors';
import { inheritedActionNames } from '$lib/server/http/form-actions';
import { requestLog } from '$lib/server/http/request-log';
import { sameOriginWrites } from '$lib/server/http/same-origin';
import { securityHeaders } from '$lib/server/http/security-headers';
import { startServer } from '$lib/server/startup';

// Migrations, role-play versions and (outside production, on an empty database) the demo seed.
export const init: ServerInit = startServer;

// The locale comes from the cookie, else Accept-Language, else zh. Writing the negotiated locale
// back as a cookie lets the browser pick the same one when it hydrates.
const i18n: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		if (event.cookies.get(cookieName) !== locale) {
			event.cookies.set(cookieName, locale, {
				path: '/',
				maxAge: cookieMaxAge,
				httpOnly: false,
				sameSite: 'lax',
				secure: event.url.protocol === 'https:'
			});
		}
		return resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%lang%', locale)
		});
	});

// The log wraps everything so refused requests are logged too; writes from other sites are refused, and
// the body limit applied, before anything reads a body.
export const handle: Handle = sequence(
	requestLog,
	securityHeaders,
	sameOriginWrites,
	bodyLimit,
	inheritedActionNames,
	i18n,
	authHandle,
	attemptRateLimit
);

export const handleError: HandleServerError = handleServerError;
