// People for the tests, written straight into the server's database with a session each (no password,
// so no slow hashing): what the admin page or `peilian user add` would create, already signed in.
import type { Kysely } from 'kysely';
import type { Database, Role } from '../../../src/lib/server/db/schema';
import { createSession, generateSessionToken, sessionCookie } from '../../../src/lib/server/auth/session';
import { createPerson, createTeam } from '../../../src/lib/server/teams/people';

export interface SignedIn {
	id: string;
	name: string;
	role: Role;
	teamId: string | null;
	/** the Cookie header that carries this person's session */
	cookie: string;
}

export async function signIn(db: Kysely<Database>, userId: string): Promise<string> {
	const token = generateSessionToken();
	await createSession(db, userId, token);
	return `${sessionCookie}=${token}`;
}

export async function createLearners(db: Kysely<Database>, count: number, label = 'load'): Promise<SignedIn[]> {
	const team = (await createTeam(db, `${label}-${crypto.randomUUID().slice(0, 8)}`))!;
	const learners: SignedIn[] = [];
	for (let i = 0; i < count; i++) {
		const created = await createPerson(db, {
			email: `${label}-${i}-${crypto.randomUUID().slice(0, 8)}@example.com`,
			name: `${label} learner ${i}`,
			role: 'learner',
			teamId: team.id
		});
		if (!created.ok) throw new Error(created.reason);
		learners.push({
			id: created.user.id,
			name: created.user.name,
			role: 'learner',
			teamId: team.id,
			cookie: await signIn(db, created.user.id)
		});
	}
	return learners;
}

/** The demo organisation's people by email, each with a fresh session. */
export async function demoPeople(db: Kysely<Database>): Promise<Map<string, SignedIn>> {
	const users = await db.selectFrom('users').selectAll().where('email', 'like', '%@peilian.demo').execute();
	const people = new Map<string, SignedIn>();
	for (const u of users) {
		people.set(u.email, { id: u.id, name: u.name, role: u.role, teamId: u.team_id, cookie: await signIn(db, u.id) });
	}
	return people;
}
