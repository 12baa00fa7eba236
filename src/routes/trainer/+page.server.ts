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
				// Named as the trainer titled the ending step, not by its id.
				endings: rp.analysis.endings.map((e) => ({ ...e, title: rp.steps[e.id]?.title ?? e.id })),
				played: played.get(rp.id) ?? null
			}))
	};
};
