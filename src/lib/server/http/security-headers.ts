// Headers that tell the browser to refuse framing, sniffing and leaking URLs to other sites, and to come
// back only over HTTPS once the site is served over it. The Content-Security-Policy itself comes from
// `kit.csp` in svelte.config.js, which knows SvelteKit's inline scripts; these complete it and cover
// responses that are not pages.
import type { Handle } from '@sveltejs/kit';

const headers: Record<string, string> = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'strict-origin-when-cross-origin',
	// frame-ancestors in the CSP does the same for current browsers; this covers older ones.
	'x-frame-options': 'DENY',
	'cross-origin-opener-policy': 'same-origin',
	'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()'
};

// A year, the usual figure; not includeSubDomains, since other sites of the same domain may still be plain HTTP.
const strictTransport = 'max-age=31536000';

export const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	for (const [name, value] of Object.entries(headers)) {
		if (!response.headers.has(name)) response.headers.set(name, value);
	}
	// The public URL (ORIGIN) is https: browsers should never try plain HTTP for it again.
	if (event.url.protocol === 'https:') response.headers.set('strict-transport-security', strictTransport);
	// SvelteKit sends pages as bare text/html; a client that ignores the page's meta tag would read Chinese as Latin-1.
	if (response.headers.get('content-type') === 'text/html') {
		response.headers.set('content-type', 'text/html; charset=utf-8');
	}
	return response;
};
