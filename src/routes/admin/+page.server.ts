import { fail } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { formFields } from '$lib/server/auth/forms';
import { requireRole } from '$lib/server/auth/guard';
import { createInvite } from '$lib/server/auth/invites';
import { personForm, teamForm } from '$lib/server/teams/forms';
import { createPerson, createTeam, listPeople, listTeams } from '$lib/server/teams/people';
import { filterPeople, readPeopleQuery } from '$lib/server/teams/people-filter';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireRole(locals, 'admin');
	const query = readPeopleQuery(url.searchParams);
	const [teams, everyone] = await Promise.all([listTeams(db), listPeople(db)]);
	return {
		teams,
		query,
		people: filterPeople(everyone, query),
		total: everyone.length,
		deleted: url.searchParams.has('deleted')
	};
};

export const actions: Actions = {
	team: async ({ locals, request }) => {
		requireRole(locals, 'admin');
		const parsed = teamForm.safeParse(formFields(await request.formData()));
		if (!parsed.success) return fail(400, { team: 'invalid' as const });
		const team = await createTeam(db, parsed.data.name);
		if (!team) return fail(409, { team: 'exists' as const });
		return { teamCreated: team.name };
	},
	person: async ({ locals, request, url }) => {
		const admin = requireRole(locals, 'admin');
		const parsed = personForm.safeParse(formFields(await request.formData()));
		if (!parsed.success) return fail(400, { person: 'invalid' as const });
		const { team, ...person } = parsed.data;
		const created = await createPerson(db, { ...person, teamId: team, manages: team ? [team] : [] });
		if (!created.ok)
			return created.reason === 'unknown-team'
				? fail(400, { person: 'invalid' as const })
				: fail(409, { person: 'exists' as const });
		const token = await createInvite(db, created.user.id, admin.id);
		return { invite: { name: created.user.name, link: `${url.origin}/invite/${token}` } };
	}
};
