import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { db } from '$lib/server/db';
import { formFields } from '$lib/server/auth/forms';
import { requireRole } from '$lib/server/auth/guard';
import { createInvite } from '$lib/server/auth/invites';
import { deleteForm, readPersonEdit } from '$lib/server/teams/forms';
import { deactivatePerson, deletePerson, editPerson, reactivatePerson } from '$lib/server/teams/person-admin';
import { findUser, listTeams } from '$lib/server/teams/people';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const personId = z.uuid();

/** The admin and the person the address names; 404 for an id that is not a person. */
async function admitted({ locals, params }: Pick<RequestEvent, 'locals' | 'params'>) {
	const admin = requireRole(locals, 'admin');
	const id = personId.safeParse(params.person);
	const person = id.success ? await findUser(db, id.data) : undefined;
	if (!person) error(404, 'No such person');
	return { admin, person };
}

const self = () => fail(400, { problem: 'self' as const });

export const load: PageServerLoad = async (event) => {
	const { admin, person } = await admitted(event);
	const [teams, led] = await Promise.all([
		listTeams(db),
		db.selectFrom('team_managers').select('team_id').where('user_id', '=', person.id).execute()
	]);
	return {
		person: {
			id: person.id,
			name: person.name,
			email: person.email,
			role: person.role,
			teamId: person.team_id,
			manages: led.map((l) => l.team_id),
			hasPassword: person.password_hash !== null,
			deactivated: person.deactivated_at !== null
		},
		isSelf: person.id === admin.id,
		teams: teams.map(({ id, name }) => ({ id, name }))
	};
};

export const actions: Actions = {
	edit: async (event) => {
		const { admin, person } = await admitted(event);
		const parsed = readPersonEdit(await event.request.formData());
		if (!parsed.success) return fail(400, { problem: 'invalid' as const });
		if (person.id === admin.id && parsed.data.role !== person.role) return self();
		const changed = await editPerson(db, person.id, parsed.data);
		if (!changed.ok) return fail(changed.reason === 'not-found' ? 404 : 400, { problem: changed.reason });
		return { done: 'saved' as const };
	},
	invite: async (event) => {
		const { admin, person } = await admitted(event);
		if (person.deactivated_at) return fail(409, { problem: 'deactivated' as const });
		const token = await createInvite(db, person.id, admin.id);
		return { invite: { name: person.name, link: `${event.url.origin}/invite/${token}` } };
	},
	deactivate: async (event) => {
		const { admin, person } = await admitted(event);
		if (person.id === admin.id) return self();
		await deactivatePerson(db, person.id);
		return { done: 'deactivated' as const };
	},
	reactivate: async (event) => {
		const { person } = await admitted(event);
		await reactivatePerson(db, person.id);
		return { done: 'reactivated' as const };
	},
	delete: async (event) => {
		const { admin, person } = await admitted(event);
		if (person.id === admin.id) return self();
		if (!deleteForm.safeParse(formFields(await event.request.formData())).success)
			return fail(400, { problem: 'unconfirmed' as const });
		await deletePerson(db, person.id);
		redirect(303, '/admin?deleted');
	}
};
