// People and the teams they belong to or manage.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { endOpenInvites } from '../auth/invites';
import { hashPassword } from '../auth/password';
import type { Database, Role, Team, User } from '../db/schema';
import { now } from '../db/time';
import { inTransaction } from '../db/transaction';

export interface NewPerson {
	email: string;
	name: string;
	role: Role;
	/** a learner's team */
	teamId?: string | null;
	/** the teams a manager leads */
	manages?: string[];
	password?: string;
	/** a hash already made, e.g. one hash of the demo password shared by every demo account */
	passwordHash?: string;
}

export type PersonCreated = { ok: true; user: User } | { ok: false; reason: 'email-taken' | 'unknown-team' };

export function normaliseEmail(email: string): string {
	return email.trim().toLowerCase();
}

export async function createPerson(db: Kysely<Database>, person: NewPerson): Promise<PersonCreated> {
	const email = normaliseEmail(person.email);
	const user: User = {
		id: randomUUID(),
		email,
		name: person.name.trim(),
		role: person.role,
		team_id: person.role === 'learner' ? (person.teamId ?? null) : null,
		password_hash: person.passwordHash ?? (person.password ? await hashPassword(person.password) : null),
		created_at: now(),
		deactivated_at: null
	};
	return inTransaction(db, async (trx) => {
		// A team id typed into a form must name a team: the foreign key would refuse it with an exception.
		const teams = [
			...new Set(
				[user.team_id, ...(person.role === 'manager' ? (person.manages ?? []) : [])].filter((t): t is string => !!t)
			)
		];
		if (teams.length) {
			const found = await trx.selectFrom('teams').select('id').where('id', 'in', teams).execute();
			if (found.length !== teams.length) return { ok: false, reason: 'unknown-team' } as const;
		}
		const inserted = await trx
			.insertInto('users')
			.values(user)
			.onConflict((oc) => oc.column('email').doNothing())
			.returning('id')
			.executeTakeFirst();
		if (!inserted) return { ok: false, reason: 'email-taken' } as const;
		if (person.role === 'manager' && person.manages?.length) {
			await trx
				.insertInto('team_managers')
				.values(person.manages.map((teamId) => ({ team_id: teamId, user_id: user.id })))
				.execute();
		}
		return { ok: true, user } as const;
	});
}

export async function findUserByEmail(db: Kysely<Database>, email: string): Promise<User | undefined> {
	return db.selectFrom('users').selectAll().where('email', '=', normaliseEmail(email)).executeTakeFirst();
}

export async function findUser(db: Kysely<Database>, id: string): Promise<User | undefined> {
	return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A new password the person chose; any invite link still open for them stops working. */
export async function setPassword(db: Kysely<Database>, userId: string, password: string): Promise<void> {
	const passwordHash = await hashPassword(password);
	await inTransaction(db, async (trx) => {
		await trx.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', userId).execute();
		await endOpenInvites(trx, userId);
	});
}

export async function createTeam(db: Kysely<Database>, name: string): Promise<Team | null> {
	const team = { id: randomUUID(), name: name.trim(), created_at: now() };
	const inserted = await db
		.insertInto('teams')
		.values(team)
		.onConflict((oc) => oc.column('name').doNothing())
		.returning('id')
		.executeTakeFirst();
	return inserted ? team : null;
}

export interface TeamSummary extends Team {
	learners: number;
	managers: string[];
}

export async function listTeams(db: Kysely<Database>): Promise<TeamSummary[]> {
	const [teams, counts, managers] = await Promise.all([
		db.selectFrom('teams').selectAll().orderBy('name').execute(),
		db
			.selectFrom('users')
			.select(['team_id', (eb) => eb.fn.countAll<string | number>().as('n')])
			.where('role', '=', 'learner')
			.groupBy('team_id')
			.execute(),
		db
			.selectFrom('team_managers')
			.innerJoin('users', 'users.id', 'team_managers.user_id')
			.select(['team_managers.team_id', 'users.name'])
			.orderBy('users.name')
			.execute()
	]);
	return teams.map((team) => ({
		...team,
		learners: Number(counts.find((c) => c.team_id === team.id)?.n ?? 0),
		managers: managers.filter((m) => m.team_id === team.id).map((m) => m.name)
	}));
}

export interface PersonSummary {
	id: string;
	email: string;
	name: string;
	role: Role;
	/** a learner's team, or the teams a manager leads */
	teams: string[];
	hasPassword: boolean;
	deactivated: boolean;
}

const byName = new Intl.Collator('zh-CN').compare;

/** Everyone, by name (Chinese names in pinyin order), each with the team they are in or the teams they lead. */
export async function listPeople(db: Kysely<Database>): Promise<PersonSummary[]> {
	const [rows, led] = await Promise.all([
		db
			.selectFrom('users')
			.leftJoin('teams', 'teams.id', 'users.team_id')
			.select([
				'users.id',
				'users.email',
				'users.name',
				'users.role',
				'teams.name as team',
				'users.password_hash',
				'users.deactivated_at'
			])
			.execute(),
		db
			.selectFrom('team_managers')
			.innerJoin('teams', 'teams.id', 'team_managers.team_id')
			.select(['team_managers.user_id', 'teams.name'])
			.execute()
	]);
	return rows
		.map(({ password_hash, deactivated_at, team, ...person }) => ({
			...person,
			teams: team
				? [team]
				: led
						.filter((l) => l.user_id === person.id)
						.map((l) => l.name)
						.sort(byName),
			hasPassword: password_hash !== null,
			deactivated: deactivated_at !== null
		}))
		.sort((a, b) => byName(a.name, b.name) || a.email.localeCompare(b.email));
}
