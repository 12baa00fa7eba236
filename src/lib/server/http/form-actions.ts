// SvelteKit looks a form action up by name in the page's `actions` object, so `?/__proto__` or
// `?/toString` finds a property every object inherits and fails with a 500. No action may be named so.
import { json, type Handle } from '@sveltejs/kit';

const inherited = new Set(Object.getOwnPropertyNames(Object.prototype));

/** The action a POST names the way SvelteKit reads it: the first query key that starts with a slash. */
function actionName(url: URL): string | null {
	for (const [key] of url.searchParams) if (key.startsWith('/')) return key.slice(1);
	return null;
}

export const inheritedActionNames: Handle = ({ event, resolve }) => {
	const name = event.request.method === 'POST' ? actionName(event.url) : null;
	if (name !== null && inherited.has(name)) return json({ message: `No form action named "${name}"` }, { status: 404 });
	return resolve(event);
};
