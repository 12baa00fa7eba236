// A role's name in the reader's language (client-safe: no server imports).
import { m } from '$lib/paraglide/messages';
import type { Role } from './roles';

const labels: Record<Role, () => string> = {
	learner: m.auth_role_learner,
	trainer: m.auth_role_trainer,
	manager: m.auth_role_manager,
	admin: m.auth_role_admin
};

export function roleLabel(role: Role): string {
	return labels[role]();
}
