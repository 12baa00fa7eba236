// The admin page's forms, parsed at the edge.
import { z } from 'zod';
import { ROLES } from '../../roles';

export const teamForm = z.object({ name: z.string().trim().min(1).max(80) });

export const personForm = z.object({
	name: z.string().trim().min(1).max(80),
	email: z.email().max(320),
	role: z.enum(ROLES),
	team: z
		.string()
		.max(100)
		.optional()
		.transform((t) => t || null)
});

export const inviteForm = z.object({ user: z.string().uuid() });
