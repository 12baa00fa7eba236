// The header's main navigation. Features add their entry here; `when` hides it from those it is not for.
import { m } from '$lib/paraglide/messages';

export interface NavItem {
	href: string;
	label: () => string;
	/** shown only when this holds for the page's data (for example the signed-in user's role) */
	when?: (data: App.PageData & Record<string, unknown>) => boolean;
}

export const navItems: NavItem[] = [
	{ href: '/courses', label: m.nav_courses },
	{ href: '/cases', label: m.nav_cases },
	{ href: '/roleplays', label: m.nav_roleplays },
	{
		href: '/team',
		label: m.team_nav,
		when: (data) => ['manager', 'admin'].includes((data.user as { role?: string } | null)?.role ?? '')
	},
	{
		href: '/trainer',
		label: m.trainer_nav,
		when: (data) => ['trainer', 'admin'].includes((data.user as { role?: string } | null)?.role ?? '')
	},
	{ href: '/admin', label: m.nav_admin, when: (data) => (data.user as { role?: string } | null)?.role === 'admin' }
];
