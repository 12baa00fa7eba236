// The admin's people list narrowed by what they typed and chose; read from the page's address, so a
// search works without JavaScript and can be bookmarked.
import { z } from 'zod';
import { ROLES } from '../../roles';
import type { PersonSummary } from './people';

export const peopleQuery = z.object({
	q: z.string().trim().max(100).catch(''),
	role: z.enum(ROLES).optional().catch(undefined),
	status: z.enum(['active', 'invited', 'deactivated']).optional().catch(undefined)
});

export type PeopleQuery = z.infer<typeof peopleQuery>;

export function readPeopleQuery(params: URLSearchParams): PeopleQuery {
	return peopleQuery.parse({
		q: params.get('q') ?? '',
		role: params.get('role') || undefined,
		status: params.get('status') || undefined
	});
}

export function personStatus(person: PersonSummary): NonNullable<PeopleQuery['status']> {
	if (person.deactivated) return 'deactivated';
	return person.hasPassword ? 'active' : 'invited';
}

/** Matches any part of the name, email or a team name, ignoring case. */
export function filterPeople(people: PersonSummary[], query: PeopleQuery): PersonSummary[] {
	const needle = query.q.toLowerCase();
	return people.filter(
		(person) =>
			(!query.role || person.role === query.role) &&
			(!query.status || personStatus(person) === query.status) &&
			(!needle || [person.name, person.email, ...person.teams].some((text) => text.toLowerCase().includes(needle)))
	);
}
