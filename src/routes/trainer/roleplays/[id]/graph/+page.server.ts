import { error } from '@sveltejs/kit';
import { findRoleplay } from '$lib/content/index.server';
import { layoutRoleplay, type GraphLayout } from '$lib/components/charts/graph-layout';
import { effectLabels } from '$lib/outcomes';
import { getLocale } from '$lib/paraglide/runtime';
import { requireRole, requireSignedIn } from '$lib/server/auth/guard';
import type { PageServerLoad } from './$types';

// Laying out takes up to a few hundred milliseconds; a version never changes, so each is laid out once
// per language (the arrows name skills in the reader's words).
const layouts = new Map<string, GraphLayout>();
/** 'fit' (the default) shows the whole graph at the page's width; the numbers are fixed scales. */
const zooms = ['fit', 0.5, 0.75, 1, 1.5] as const;

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireSignedIn(locals, url);
	requireRole(locals, 'trainer', 'admin');
	const rp = findRoleplay(params.id);
	if (!rp) error(404, 'No such role-play');
	const key = `${rp.id}@${rp.version}:${getLocale()}`;
	let layout = layouts.get(key);
	if (!layout) layouts.set(key, (layout = layoutRoleplay(rp, effectLabels(rp.skills))));
	const asked = url.searchParams.get('zoom');
	return {
		roleplay: { id: rp.id, title: rp.title, steps: rp.stepOrder.length },
		layout,
		zoom: zooms.find((z) => String(z) === asked) ?? 'fit',
		zooms
	};
};
