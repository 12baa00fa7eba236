import { roleplays } from '$lib/content/index.server';
import { requireRole, requireSignedIn } from '$lib/server/auth/guard';
import { db } from '$lib/server/db';
import { contentProblems, playFigures } from '$lib/server/reports/content-status';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireSignedIn(locals, url);
	requireRole(locals, 'trainer', 'admin');
	const played = await playFigures(db);
	return {
		problems: contentProblems(),
		roleplays: Object.values(roleplays)
			.sort((a, b) => a.id.localeCompare(b.id))
			.map((rp) => ({
				id: rp.id,
				title: rp.title,
				steps: rp.stepOrder.length,
				pass: rp.pass,
				best: rp.analysis.best,
				stateCount: rp.analysis.stateCount,
				endings: rp.analysis.endings,
				played: played.get(rp.id) ?? null
			}))
	};
};
