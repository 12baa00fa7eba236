// The manager's Monday view: for each team, every learner against every role-play (best percent,
// attempts, last practised), the team's averages, and who is at risk. All aggregates come from SQL.
import { sql, type Kysely } from 'kysely';
import { calendarDay, daysAgo } from '../../time-format';
import type { CoachedTeam } from '../auth/guard';
import { assignmentsOfTeams, type AssignmentStatus } from '../coaching/assignments';
import type { Database } from '../db/schema';
import { finishedIn, type DateRange } from './filters';

export interface Cell {
	best: number;
	attempts: number;
	last: string;
	/** its calendar day where the teams work, month and day: `11-29` */
	lastDay: string;
}

export interface LearnerRow {
	id: string;
	name: string;
	teamId: string;
	/** last attempt ever, whatever the range */
	lastPractised: string | null;
	/** calendar days since then where the teams work (0: today) */
	daysSincePractised: number | null;
	cells: Record<string, Cell>;
	risks: Risk[];
}

export type Risk =
	| { kind: 'idle'; days: number | null }
	/** overdue, or a role-play tried since it was assigned without reaching the percent */
	| { kind: 'assignment'; assignment: AssignmentStatus };

export interface TeamAverage {
	roleplayId: string;
	/** mean of the learners' best percents */
	averageBest: number;
	/** mean percent over all attempts */
	averagePercent: number;
	attempts: number;
	passRate: number;
}

export interface TeamOverview {
	team: CoachedTeam;
	learners: LearnerRow[];
	averages: TeamAverage[];
	/** every assignment, one entry per learner it applies to */
	assignments: AssignmentStatus[];
}

const idleDays = 7;

export async function teamOverview(
	db: Kysely<Database>,
	teams: CoachedTeam[],
	range: DateRange,
	today: string,
	nowMs = Date.now()
): Promise<TeamOverview[]> {
	const teamIds = teams.map((t) => t.id);
	if (teamIds.length === 0) return [];
	const [learners, cells, lasts, averages, assignments] = await Promise.all([
		db
			.selectFrom('users')
			.select(['id', 'name', 'team_id'])
			.where('team_id', 'in', teamIds)
			.where('role', '=', 'learner')
			.orderBy('name')
			.execute(),
		learnerCells(db, teamIds, range),
		db
			.selectFrom('users as u')
			.innerJoin('attempts as a', 'a.user_id', 'u.id')
			.select((eb) => ['u.id', eb.fn.max('a.finished_at').as('last')])
			.where('u.team_id', 'in', teamIds)
			.where('u.role', '=', 'learner')
			.groupBy('u.id')
			.execute(),
		teamAverages(db, teamIds, range),
		assignmentsOfTeams(db, teamIds, today)
	]);
	const lastBy = new Map(lasts.map((r) => [r.id, r.last]));
	const rows = new Map<string, LearnerRow>(
		learners.map((l) => {
			const last = lastBy.get(l.id) ?? null;
			const daysSincePractised = last === null ? null : daysAgo(last, nowMs);
			return [
				l.id,
				{ id: l.id, name: l.name, teamId: l.team_id!, lastPractised: last, daysSincePractised, cells: {}, risks: [] }
			];
		})
	);
	for (const c of cells) {
		const row = rows.get(c.user_id);
		if (row)
			row.cells[c.roleplay_id] = {
				best: Number(c.best),
				attempts: Number(c.attempts),
				last: c.last,
				lastDay: calendarDay(c.last).slice(5)
			};
	}
	for (const row of rows.values()) row.risks = risksOf(row, assignments);
	return teams.map((team) => ({
		team,
		learners: [...rows.values()].filter((r) => r.teamId === team.id),
		averages: averages.filter((a) => a.teamId === team.id).map(({ teamId: _, ...a }) => a),
		assignments: assignments.filter((a) => rows.get(a.learnerId)?.teamId === team.id)
	}));
}

function learnerCells(db: Kysely<Database>, teamIds: string[], range: DateRange) {
	return db
		.selectFrom('users as u')
		.innerJoin('attempts as a', 'a.user_id', 'u.id')
		.select((eb) => [
			'u.id as user_id',
			'a.roleplay_id',
			eb.fn.max('a.percent').as('best'),
			eb.fn.countAll<string | number>().as('attempts'),
			eb.fn.max('a.finished_at').as('last')
		])
		.where('u.team_id', 'in', teamIds)
		.where('u.role', '=', 'learner')
		.where((eb) => finishedIn(eb, 'a.finished_at', range))
		.groupBy(['u.id', 'a.roleplay_id'])
		.execute();
}

async function teamAverages(db: Kysely<Database>, teamIds: string[], range: DateRange) {
	const perLearner = db
		.selectFrom('users as u')
		.innerJoin('attempts as a', 'a.user_id', 'u.id')
		.select((eb) => [
			'u.team_id',
			'a.roleplay_id',
			eb.fn.max('a.percent').as('best'),
			eb.fn.sum<string | number>('a.percent').as('percent_sum'),
			eb.fn.sum<string | number>('a.passed').as('passed'),
			eb.fn.countAll<string | number>().as('attempts')
		])
		.where('u.team_id', 'in', teamIds)
		.where('u.role', '=', 'learner')
		.where((eb) => finishedIn(eb, 'a.finished_at', range))
		.groupBy(['u.team_id', 'u.id', 'a.roleplay_id']);
	const rows = await db
		.selectFrom(perLearner.as('l'))
		.select((eb) => [
			'l.team_id',
			'l.roleplay_id',
			// `1.0 *` makes both databases average as decimals rather than integers.
			eb.fn.avg<string | number>(sql`1.0 * l.best`).as('average_best'),
			eb.fn.sum<string | number>('l.percent_sum').as('percent_sum'),
			eb.fn.sum<string | number>('l.passed').as('passed'),
			eb.fn.sum<string | number>('l.attempts').as('attempts')
		])
		.groupBy(['l.team_id', 'l.roleplay_id'])
		.orderBy('l.roleplay_id')
		.execute();
	return rows.map((r) => {
		const attempts = Number(r.attempts);
		return {
			teamId: r.team_id!,
			roleplayId: r.roleplay_id,
			averageBest: Math.round(Number(r.average_best)),
			averagePercent: Math.round(Number(r.percent_sum) / attempts),
			attempts,
			passRate: Math.round((100 * Number(r.passed)) / attempts)
		};
	});
}

function risksOf(row: LearnerRow, assignments: AssignmentStatus[]): Risk[] {
	const risks: Risk[] = [];
	const idle = row.daysSincePractised;
	if (idle === null || idle >= idleDays) risks.push({ kind: 'idle', days: idle });
	for (const a of assignments) {
		if (a.learnerId !== row.id || a.state === 'done') continue;
		if (a.state === 'overdue' || (a.roleplayId && a.best !== null)) risks.push({ kind: 'assignment', assignment: a });
	}
	return risks;
}
