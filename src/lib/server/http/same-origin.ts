// SvelteKit refuses form posts from other sites; this refuses every other request that changes something
// (the JSON of /api/attempts and /api/progress, any method but GET and HEAD) when a browser says it comes
// from another site. Cookies are SameSite=Lax today, so browsers would not send them cross-site anyway:
// this keeps it so if that or a CORS header ever changes. Clients that are not browsers send neither header.
import { json, type Handle } from '@sveltejs/kit';

const reading = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Who the browser says sent the request, when that is not this site; null when it is, or not said. */
function foreignSender(headers: Headers, origin: string): string | null {
	const sender = headers.get('origin');
	if (sender !== null) return sender === origin ? null : sender;
	const site = headers.get('sec-fetch-site');
	return site === null || site === 'same-origin' || site === 'none' ? null : `a ${site} page`;
}

export const sameOriginWrites: Handle = ({ event, resolve }) => {
	if (reading.has(event.request.method)) return resolve(event);
	const sender = foreignSender(event.request.headers, event.url.origin);
	if (sender === null) return resolve(event);
	return json(
		{
			reason: `Refused: this request came from ${sender}, not from ${event.url.origin}; changes are accepted only from this site's own pages`
		},
		{ status: 403 }
	);
};
