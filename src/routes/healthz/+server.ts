import { json } from '@sveltejs/kit';
import { databaseReachable } from '$lib/server/http/health';
import type { RequestHandler } from './$types';

// For load balancers and monitors: 200 while the database answers, 503 when it does not.
export const GET: RequestHandler = async () => {
	const reachable = await databaseReachable();
	return json(reachable ? { ok: true } : { ok: false, reason: 'The database does not answer' }, {
		status: reachable ? 200 : 503,
		headers: { 'cache-control': 'no-store' }
	});
};
