// Submitting attempts is limited per person: a learner finishes a role-play every few minutes, so two a
// second for a minute is far past anything real, yet a script gone wild cannot fill the record.
import { json, type Handle } from '@sveltejs/kit';
import { RateLimit } from './rate-limit';

export const attemptsPerMinute = 120;
const limit = new RateLimit(attemptsPerMinute);

export const attemptRateLimit: Handle = async ({ event, resolve }) => {
	const user = event.locals.user;
	if (event.request.method !== 'POST' || event.url.pathname !== '/api/attempts' || !user) return resolve(event);
	const wait = limit.take(user.id);
	if (wait === 0) return resolve(event);
	return json(
		{ reason: `Too many attempts sent; try again in ${wait} s` },
		{ status: 429, headers: { 'retry-after': String(wait) } }
	);
};
