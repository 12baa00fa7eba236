// Where someone lands after signing in when no page asked for them: the workspace of their role.
import type { Role } from '$lib/roles';

const LANDING: Record<Role, string> = {
	// The home page leads with a learner's next step (an assignment, the module to continue, or where to start).
	learner: '/',
	manager: '/team',
	trainer: '/trainer',
	admin: '/admin'
};

export const landingPage = (role: Role): string => LANDING[role];
