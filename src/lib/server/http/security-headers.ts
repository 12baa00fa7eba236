// Headers that tell the browser to refuse framing, sniffing and leaking URLs to other sites. The
// Content-Security-Policy itself comes from `kit.csp` in svelte.config.js, which knows SvelteKit's
// inline scripts; these complete it and cover responses that are not pages.
import type { Handle } from '@sveltejs/kit';

const headers: Record<string, string> = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'strict-origin-when-cross-origin',
	// frame-ancestors in the CSP does the same for current browsers; this covers older ones.
	'x-frame-options': 'DENY',
	'cross-origin-opener-policy': 'same-origin',
	'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()'
};

export const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	for (const [name, value] of Object.entries(headers)) {
		if (!response.headers.has(name)) response.headers.set(name, value);
	}
	return response;
};
