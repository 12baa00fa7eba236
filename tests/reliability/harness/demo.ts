// The seeded demo organisation as the tests address it: the seven kinds of visitor the access matrix
// runs as, and the real ids that fill the routes' [params].
import { readdirSync } from 'node:fs';
import type { Kysely } from 'kysely';
import type { Database } from '../../../src/lib/server/db/schema';
import { demoPeople, signIn, type SignedIn } from './people';

export const visitors = [
	'anonymous',
	'learner',
	'otherTeamLearner',
	'managerA',
	'managerB',
	'trainer',
	'admin'
] as const;
export type Visitor = (typeof visitors)[number];

const emails: Record<Exclude<Visitor, 'anonymous'>, string> = {
	learner: 'liu.yang@peilian.demo',
	otherTeamLearner: 'sun.li@peilian.demo',
	managerA: 'manager.east@peilian.demo',
	managerB: 'manager.ka@peilian.demo',
	trainer: 'trainer@peilian.demo',
	admin: 'admin@peilian.demo'
};

export interface Demo {
	people: Record<Exclude<Visitor, 'anonymous'>, SignedIn>;
	/** every demo learner, to look for in pages that must not show them */
	learners: SignedIn[];
	teamA: string;
	teamB: string;
	/** one of `learner`'s attempts */
	learnerAttempt: string;
	otherLearnerAttempt: string;
	course: string;
	module: string;
	/** a fresh session for a visitor, for requests that end the session they are sent with */
	freshCookie(visitor: Exclude<Visitor, 'anonymous'>): Promise<string>;
}

export async function loadDemo(db: Kysely<Database>): Promise<Demo> {
	const all = await demoPeople(db);
	const people = Object.fromEntries(
		Object.entries(emails).map(([visitor, email]) => [visitor, all.get(email)!])
	) as Demo['people'];
	const attemptOf = async (userId: string) =>
		(
			await db
				.selectFrom('attempts')
				.select('id')
				.where('user_id', '=', userId)
				.orderBy('finished_at', 'desc')
				.executeTakeFirstOrThrow()
		).id;
	const firstModule = readdirSync('content/courses/new-sales')
		.filter((f) => /^\d+-.*\.md$/.test(f))
		.sort()[0];
	return {
		people,
		learners: [...all.values()].filter((p) => p.role === 'learner'),
		teamA: people.learner.teamId!,
		teamB: people.otherTeamLearner.teamId!,
		learnerAttempt: await attemptOf(people.learner.id),
		otherLearnerAttempt: await attemptOf(people.otherTeamLearner.id),
		course: 'new-sales',
		module: firstModule.replace(/^\d+-/, '').replace(/\.md$/, ''),
		freshCookie: (visitor) => signIn(db, people[visitor].id)
	};
}

/** The learners a visitor may see individually: themself, their teams' learners, or everyone for an admin. */
export function visibleLearners(demo: Demo, visitor: Visitor): Set<string> {
	const ids = (team: string) => demo.learners.filter((l) => l.teamId === team).map((l) => l.id);
	switch (visitor) {
		case 'learner':
		case 'otherTeamLearner':
			return new Set([demo.people[visitor].id]);
		case 'managerA':
			return new Set(ids(demo.teamA));
		case 'managerB':
			return new Set(ids(demo.teamB));
		case 'admin':
			return new Set(demo.learners.map((l) => l.id));
		default:
			return new Set();
	}
}
