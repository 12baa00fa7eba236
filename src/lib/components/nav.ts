// The header's main navigation. Features add their entry here; `when` hides it from those it is not for.
import { m } from '$lib/paraglide/messages';

export interface NavItem {
	href: string;
	label: () => string;
	/** shown only when this holds for the page's data (for example the signed-in user's role) */
	when?: (data: App.PageData) => boolean;
}

export const navItems: NavItem[] = [
	{ href: '/courses', label: m.nav_courses },
	{ href: '/cases', label: m.nav_cases },
	{ href: '/roleplays', label: m.nav_roleplays },
	{ href: '/team', label: m.team_nav, when: ({ user }) => user?.role === 'manager' || user?.role === 'admin' },
	{ href: '/trainer', label: m.trainer_nav, when: ({ user }) => user?.role === 'trainer' || user?.role === 'admin' },
	{ href: '/admin', label: m.nav_admin, when: ({ user }) => user?.role === 'admin' }
];
