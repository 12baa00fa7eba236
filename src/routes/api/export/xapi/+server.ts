import { exportFilter, xapiStream } from '$lib/server/reports/export-request';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url }) => {
	const filter = await exportFilter(locals, url.searchParams);
	return new Response(xapiStream(filter, url.origin), {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': `attachment; filename="peilian-xapi-${new Date().toISOString().slice(0, 10)}.json"`,
			'cache-control': 'no-store'
		}
	});
};
