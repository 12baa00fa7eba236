import { csvStream, exportFilter } from '$lib/server/reports/export-request';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url }) => {
	const filter = await exportFilter(locals, url.searchParams);
	return new Response(csvStream(filter), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="peilian-attempts-${new Date().toISOString().slice(0, 10)}.csv"`,
			'cache-control': 'no-store'
		}
	});
};
