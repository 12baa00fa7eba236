// Assignments: a role-play (with a required percent) or a course module, given to one learner or a whole
// team with a due date. Whether each learner has done it is worked out in SQL from their attempts and
// module progress: a role-play counts once an attempt finished after it was assigned reaches the percent.
import { sql, type ExpressionBuilder, type Kysely, type SelectQueryBuilder } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/schema';
import { calendarDay } from '../../time-format';
import { now } from '../db/time';

const target = z.discriminatedUnion('kind', [
	z.object({
		kind: z.literal('roleplay'),
		roleplay: z.string().regex(/^[a-z0-9-]+$/),
		required: z.coerce.number().int().min(0).max(100).optional()
	}),
	/** `module` is `course/module` */
	z.object({ kind: z.literal('module'), module: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/) })
]);

const assignee = z.union([z.object({ team: z.string().uuid() }), z.object({ learner: z.string().uuid() })]);

/** What a coach assigns (a role-play with a required percent, or a module), to a team or one learner, by when. */
export const assignmentInput = target.and(assignee).and(z.object({ due: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }));

export type AssignmentInput = z.infer<typeof assignmentInput>;
export type AssignmentState = 'done' | 'overdue' | 'open';

export async function createAssignment(
	db: Kysely<Database>,
	createdBy: string,
	input: AssignmentInput
): Promise<string> {
	const id = crypto.randomUUID();
	const [course, module] = input.kind === 'module' ? input.module.split('/') : [null, null];
	await db
		.insertInto('assignments')
		.values({
			id,
			learner_id: 'learner' in input ? input.learner : null,
			team_id: 'team' in input ? input.team : null,
			roleplay_id: input.kind === 'roleplay' ? input.roleplay : null,
			course,
			module,
			required_percent: input.kind === 'roleplay' ? (input.required ?? 0) : null,
			due_on: input.due,
			created_by: createdBy,
			created_at: now()
		})
		.execute();
	return id;
}

/** Whom an assignment was given to, so that only their coach withdraws it; undefined when there is none. */
export async function assigneeOf(
	db: Kysely<Database>,
	id: string
): Promise<{ team: string } | { learner: string } | undefined> {
	const row = await db
		.selectFrom('assignments')
		.select(['team_id', 'learner_id'])
		.where('id', '=', id)
		.executeTakeFirst();
	if (!row) return undefined;
	return row.team_id ? { team: row.team_id } : { learner: row.learner_id! };
}

export async function deleteAssignment(db: Kysely<Database>, id: string): Promise<void> {
	await db.deleteFrom('assignments').where('id', '=', id).execute();
}

/** One assignment as it stands for one learner. */
export interface AssignmentStatus {
	id: string;
	learnerId: string;
	learnerName: string;
	/** set when it was given to the learner's whole team */
	teamId: string | null;
	roleplayId: string | null;
	course: string | null;
	module: string | null;
	requiredPercent: number | null;
	dueOn: string;
	/** role-plays: best percent since it was assigned */
	best: number | null;
	doneAt: string | null;
	state: AssignmentState;
}

type Restrict = (
	qb: SelectQueryBuilder<Database, 'assignments' | 'users', object>
) => SelectQueryBuilder<Database, 'assignments' | 'users', object>;

/** Every (assignment, learner) pair the restriction keeps, given to the learner directly or through a team. */
async function statuses(db: Kysely<Database>, today: string, restrict: Restrict): Promise<AssignmentStatus[]> {
	const direct = restrict(db.selectFrom('assignments').innerJoin('users', 'users.id', 'assignments.learner_id'));
	const viaTeam = restrict(
		db
			.selectFrom('assignments')
			.innerJoin('users', 'users.team_id', 'assignments.team_id')
			.where('users.role', '=', 'learner')
	);
	const [a, b] = await Promise.all([withProgress(direct, today).execute(), withProgress(viaTeam, today).execute()]);
	return [...a, ...b]
		.map((r) => ({
			id: r.id,
			learnerId: r.learner_id,
			learnerName: r.learner_name,
			teamId: r.team_id,
			roleplayId: r.roleplay_id,
			course: r.course,
			module: r.module,
			requiredPercent: r.required_percent,
			dueOn: r.due_on,
			best: r.best === null ? null : Number(r.best),
			doneAt: r.done_at,
			state: r.state as AssignmentState
		}))
		.sort((x, y) => x.dueOn.localeCompare(y.dueOn) || x.learnerName.localeCompare(y.learnerName));
}

function withProgress(qb: SelectQueryBuilder<Database, 'assignments' | 'users', object>, today: string) {
	const doneAt = (eb: ExpressionBuilder<Database, 'assignments' | 'users'>) =>
		eb
			.case()
			.when('assignments.roleplay_id', 'is not', null)
			.then(
				eb
					.selectFrom('attempts')
					.select((e) => e.fn.min('attempts.finished_at').as('d'))
					.whereRef('attempts.user_id', '=', 'users.id')
					.whereRef('attempts.roleplay_id', '=', 'assignments.roleplay_id')
					.whereRef('attempts.finished_at', '>=', 'assignments.created_at')
					.whereRef('attempts.percent', '>=', 'assignments.required_percent')
			)
			.else(
				eb
					.selectFrom('module_progress')
					.select('module_progress.done_at')
					.whereRef('module_progress.user_id', '=', 'users.id')
					.whereRef('module_progress.course', '=', 'assignments.course')
					.whereRef('module_progress.module', '=', 'assignments.module')
			)
			.end();
	return qb.select((eb) => [
		'assignments.id',
		'assignments.team_id',
		'assignments.roleplay_id',
		'assignments.course',
		'assignments.module',
		'assignments.required_percent',
		'assignments.due_on',
		'users.id as learner_id',
		'users.name as learner_name',
		eb
			.selectFrom('attempts')
			.select((e) => e.fn.max('attempts.percent').as('b'))
			.whereRef('attempts.user_id', '=', 'users.id')
			.whereRef('attempts.roleplay_id', '=', 'assignments.roleplay_id')
			.whereRef('attempts.finished_at', '>=', 'assignments.created_at')
			.as('best'),
		doneAt(eb).as('done_at'),
		eb
			.case()
			.when(eb(doneAt(eb), 'is not', null))
			.then(sql.lit('done'))
			.when('assignments.due_on', '<', today)
			.then(sql.lit('overdue'))
			.else(sql.lit('open'))
			.end()
			.as('state')
	]);
}

/** What a learner has been assigned, directly or through their team, with done / overdue / open. */
export function assignmentsFor(db: Kysely<Database>, userId: string, today: string): Promise<AssignmentStatus[]> {
	return statuses(db, today, (qb) => qb.where('users.id', '=', userId));
}

/** Every assignment to the teams' learners (directly or to the team), per learner. */
export function assignmentsOfTeams(
	db: Kysely<Database>,
	teamIds: string[],
	today: string
): Promise<AssignmentStatus[]> {
	if (teamIds.length === 0) return Promise.resolve([]);
	return statuses(db, today, (qb) => qb.where('users.team_id', 'in', teamIds));
}

/** Today's date where the sales teams work, which decides when an assignment becomes overdue. */
export function today(at = new Date()): string {
	return calendarDay(at);
}
