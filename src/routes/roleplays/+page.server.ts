import { roleplays } from '$lib/content/index.server';
import { db } from '$lib/server/db';
import { bestScores } from '$lib/server/progress/record';
import { applyFilter, catalogEntry, facets, parseFilter } from '$lib/player/catalog';
import type { PageServerLoad } from './$types';

const entries = Object.values(roleplays)
	.map(catalogEntry)
	.sort((a, b) => (a.level ?? 2) - (b.level ?? 2));

export const load: PageServerLoad = async ({ url, locals }) => {
	const filter = parseFilter(url.searchParams);
	const best = locals.user
		? Object.fromEntries((await bestScores(db, locals.user.id)).map((score) => [score.roleplayId, score.best]))
		: null;
	return { filter, facets: facets(entries, filter.tag), entries: applyFilter(entries, filter), best };
};
