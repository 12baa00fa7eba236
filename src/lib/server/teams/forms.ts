// The admin's forms, parsed at the edge.
import { z } from 'zod';
import { ROLES } from '../../roles';

export const teamForm = z.object({ name: z.string().trim().min(1).max(80) });

/** A team picked from a select; the empty option means none. */
const teamId = z
	.string()
	.max(100)
	.optional()
	.transform((t) => t || null);

export const personForm = z.object({
	name: z.string().trim().min(1).max(80),
	email: z.email().max(320),
	role: z.enum(ROLES),
	team: teamId
});

export const inviteForm = z.object({ user: z.string().uuid() });

/** The person page's edit form: `manages` is a set of checkboxes, so it is read with getAll. */
const personEditForm = z.object({
	name: z.string().trim().min(1).max(80),
	role: z.enum(ROLES),
	team: teamId,
	manages: z.array(z.string().max(100)).max(200)
});

export function readPersonEdit(data: FormData) {
	const text = (key: string) => data.getAll(key).filter((v): v is string => typeof v === 'string');
	return personEditForm.safeParse({
		name: text('name')[0] ?? '',
		role: text('role')[0] ?? '',
		team: text('team')[0],
		manages: text('manages').filter((v) => v !== '')
	});
}

/** Deleting is final: the form must carry the ticked confirmation. */
export const deleteForm = z.object({ confirm: z.literal('yes') });
