// The one place that decides who may see what. Every load, action and endpoint asks here:
// a learner sees only their own record; a manager only the learners of the teams they manage;
// a trainer content and aggregates, not individual learners; an admin everything.
import { error, redirect } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import type { Database, Role } from '../db/schema';
import type { SessionUser } from './session';

interface WithUser {
	user: SessionUser | null;
}

/** For endpoints: 401 when nobody is signed in. */
export function requireUser(locals: WithUser): SessionUser {
	if (!locals.user) error(401, 'Sign in first');
	return locals.user;
}

/** For pages: sends a signed-out visitor to the sign-in page and back here afterwards. */
export function requireSignedIn(locals: WithUser, url: URL): SessionUser {
	if (!locals.user) redirect(303, `/signin?next=${encodeURIComponent(url.pathname + url.search)}`);
	return locals.user;
}

export function requireRole(locals: WithUser, ...roles: Role[]): SessionUser {
	const user = requireUser(locals);
	if (!roles.includes(user.role)) error(403, 'Not allowed for your role');
	return user;
}

export async function canViewLearner(db: Kysely<Database>, viewer: SessionUser, learnerId: string): Promise<boolean> {
	if (viewer.id === learnerId || viewer.role === 'admin') return true;
	if (viewer.role !== 'manager') return false;
	const row = await db
		.selectFrom('users')
		.innerJoin('team_managers', 'team_managers.team_id', 'users.team_id')
		.select('users.id')
		.where('users.id', '=', learnerId)
		.where('team_managers.user_id', '=', viewer.id)
		.executeTakeFirst();
	return row !== undefined;
}

/** 401 signed out, 403 when the learner is not the viewer's to see. */
export async function requireLearnerAccess(
	db: Kysely<Database>,
	locals: WithUser,
	learnerId: string
): Promise<SessionUser> {
	const viewer = requireUser(locals);
	if (!(await canViewLearner(db, viewer, learnerId))) error(403, 'Not one of your learners');
	return viewer;
}

/** 404 for an attempt that does not exist, 403 for one the viewer may not see; returns its owner. */
export async function requireAttemptAccess(db: Kysely<Database>, locals: WithUser, attemptId: string): Promise<string> {
	const viewer = requireUser(locals);
	const attempt = await db.selectFrom('attempts').select('user_id').where('id', '=', attemptId).executeTakeFirst();
	if (!attempt) error(404, 'No such attempt');
	if (!(await canViewLearner(db, viewer, attempt.user_id))) error(403, 'Not your attempt');
	return attempt.user_id;
}

export interface CoachedTeam {
	id: string;
	name: string;
}

/** The teams whose learners the viewer coaches: the ones a manager manages, every team for an admin. */
export async function requireCoachedTeams(
	db: Kysely<Database>,
	locals: WithUser
): Promise<{ user: SessionUser; teams: CoachedTeam[] }> {
	const user = requireRole(locals, 'manager', 'admin');
	let query = db.selectFrom('teams').select(['teams.id', 'teams.name']).orderBy('teams.name');
	if (user.role === 'manager') {
		query = query
			.innerJoin('team_managers', 'team_managers.team_id', 'teams.id')
			.where('team_managers.user_id', '=', user.id);
	}
	return { user, teams: await query.execute() };
}

/** 403 unless the viewer coaches that team. */
export async function requireManagerOf(db: Kysely<Database>, locals: WithUser, teamId: string): Promise<SessionUser> {
	const { user, teams } = await requireCoachedTeams(db, locals);
	if (!teams.some((team) => team.id === teamId)) error(403, 'Not one of your teams');
	return user;
}

/** 403 unless the viewer coaches the learner (a manager of the learner's team, or an admin). */
export async function requireCoachOf(db: Kysely<Database>, locals: WithUser, learnerId: string): Promise<SessionUser> {
	const user = requireRole(locals, 'manager', 'admin');
	if (!(await canViewLearner(db, user, learnerId))) error(403, 'Not one of your learners');
	return user;
}

/** Whose attempts role-play analytics may aggregate: a manager's teams, or everyone (null) for trainers and admins. */
export async function requireAnalyticsScope(
	db: Kysely<Database>,
	locals: WithUser
): Promise<{ user: SessionUser; teamIds: string[] | null }> {
	const user = requireRole(locals, 'manager', 'trainer', 'admin');
	if (user.role !== 'manager') return { user, teamIds: null };
	const { teams } = await requireCoachedTeams(db, locals);
	return { user, teamIds: teams.map((team) => team.id) };
}
