import { error } from '@sveltejs/kit';
import { findRoleplay } from '$lib/content/index.server';
import { layoutRoleplay, type GraphLayout } from '$lib/components/charts/graph-layout';
import { requireRole, requireSignedIn } from '$lib/server/auth/guard';
import type { PageServerLoad } from './$types';

// Laying out takes up to a few hundred milliseconds; a version never changes, so each is laid out once.
const layouts = new Map<string, GraphLayout>();
const zooms = [0.5, 0.75, 1, 1.5];

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireSignedIn(locals, url);
	requireRole(locals, 'trainer', 'admin');
	const rp = findRoleplay(params.id);
	if (!rp) error(404, 'No such role-play');
	const key = `${rp.id}@${rp.version}`;
	let layout = layouts.get(key);
	if (!layout) layouts.set(key, (layout = layoutRoleplay(rp)));
	const asked = Number(url.searchParams.get('zoom'));
	return {
		roleplay: { id: rp.id, title: rp.title, steps: rp.stepOrder.length },
		layout,
		zoom: zooms.includes(asked) ? asked : 1,
		zooms
	};
};
