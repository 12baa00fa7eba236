import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { csvLayouts, type PeopleWords } from '$lib/server/reports/csv';
import { csvStream, exportFilter } from '$lib/server/reports/export-request';
import type { RequestHandler } from './$types';

// Without `for`, the layout systems have always read: integrations keep working unchanged.
const layoutOf = z.enum(csvLayouts).catch('systems');

function peopleWords(): PeopleWords {
	return {
		header: [
			m.csv_learner(),
			m.csv_email(),
			m.csv_team(),
			m.csv_roleplay(),
			m.csv_started(),
			m.csv_finished(),
			m.csv_outcome(),
			m.csv_score(),
			m.csv_percent(),
			m.csv_passed()
		],
		outcome: { won: m.me_outcome_won(), lost: m.me_outcome_lost(), neutral: m.me_outcome_neutral() },
		yes: m.csv_yes(),
		no: m.csv_no()
	};
}

export const GET: RequestHandler = async ({ locals, url }) => {
	const filter = await exportFilter(locals, url.searchParams);
	const layout = layoutOf.parse(url.searchParams.get('for') ?? undefined);
	const name = layout === 'people' ? 'peilian-attempts' : 'peilian-attempts-full';
	return new Response(csvStream(filter, layout, layout === 'people' ? peopleWords() : undefined), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${name}-${new Date().toISOString().slice(0, 10)}.csv"`,
			'cache-control': 'no-store'
		}
	});
};
