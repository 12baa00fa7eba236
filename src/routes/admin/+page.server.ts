import { fail } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { formFields } from '$lib/server/auth/forms';
import { requireRole } from '$lib/server/auth/guard';
import { createInvite } from '$lib/server/auth/invites';
import { inviteForm, personForm, teamForm } from '$lib/server/teams/forms';
import { createPerson, createTeam, findUser, listPeople, listTeams } from '$lib/server/teams/people';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	requireRole(locals, 'admin');
	const [teams, people] = await Promise.all([listTeams(db), listPeople(db)]);
	return { teams, people };
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
	},
	invite: async ({ locals, request, url }) => {
		const admin = requireRole(locals, 'admin');
		const parsed = inviteForm.safeParse(formFields(await request.formData()));
		const person = parsed.success ? await findUser(db, parsed.data.user) : undefined;
		if (!person) return fail(404, { person: 'invalid' as const });
		const token = await createInvite(db, person.id, admin.id);
		return { invite: { name: person.name, link: `${url.origin}/invite/${token}` } };
	}
};
