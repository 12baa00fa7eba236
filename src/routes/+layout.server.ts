import type { LayoutServerLoad } from './$types';

// Only what the header needs about the signed-in person.
export const load: LayoutServerLoad = ({ locals }) => ({
	user: locals.user && { name: locals.user.name, role: locals.user.role }
});
