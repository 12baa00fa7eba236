// One learner as their manager sees them: attempts over time, skills against the team's, and every
// attempt's transcript with the feedback of the role-play version it was played on.
import { sql, type Kysely } from 'kysely';
import type { Effect, Roleplay } from '../../roleplay';
import { shownLines } from '../attempts/detail';
import { compiledVersion } from '../attempts/versions';
import { jsonColumns, readJson } from '../db/json';
import type { Database, Outcome } from '../db/schema';
import { dayIn, finishedIn, type DateRange } from './filters';

export interface LearnerAttempt {
	id: string;
	roleplayId: string;
	title: string;
	version: string;
	finishedAt: string;
	outcome: Outcome;
	percent: number;
	passed: boolean;
}

export interface SkillComparison {
	skill: string;
	learner: number | null;
	team: number | null;
}

export interface TranscriptChoice {
	stepId: string;
	stepTitle: string;
	position: number;
	line: string;
	effects: Effect[];
	feedbackHtml: string | null;
	/** the answers that step offered, in the order the attempt showed them */
	shown: string[];
}

export async function learnerProfile(db: Kysely<Database>, learnerId: string) {
	return db
		.selectFrom('users')
		.leftJoin('teams', 'teams.id', 'users.team_id')
		.select(['users.id', 'users.name', 'users.email', 'users.team_id', 'teams.name as team_name'])
		.where('users.id', '=', learnerId)
		.executeTakeFirst();
}

/** The learner's attempts in the range, newest first. */
export async function learnerAttempts(
	db: Kysely<Database>,
	learnerId: string,
	range: DateRange,
	limit = 200
): Promise<LearnerAttempt[]> {
	const rows = await db
		.selectFrom('attempts as a')
		.innerJoin('roleplay_versions as v', (join) =>
			join.onRef('v.roleplay_id', '=', 'a.roleplay_id').onRef('v.version', '=', 'a.version')
		)
		.select(['a.id', 'a.roleplay_id', 'v.title', 'a.version', 'a.finished_at', 'a.outcome', 'a.percent', 'a.passed'])
		.where('a.user_id', '=', learnerId)
		.where((eb) => finishedIn(eb, 'a.finished_at', range))
		.orderBy('a.finished_at', 'desc')
		.limit(limit)
		.execute();
	return rows.map((r) => ({
		id: r.id,
		roleplayId: r.roleplay_id,
		title: r.title,
		version: r.version,
		finishedAt: r.finished_at,
		outcome: r.outcome,
		percent: r.percent,
		passed: r.passed === 1
	}));
}

/**
 * Average percent per skill for the learner and for their whole team (its members today), over the
 * range, from the per-learner daily rollup kept by triggers.
 */
export async function skillComparison(
	db: Kysely<Database>,
	learnerId: string,
	teamId: string | null,
	range: DateRange
): Promise<SkillComparison[]> {
	const averages = (who: 'learner' | 'team') =>
		db
			.selectFrom('learner_skill_days as d')
			.$if(who === 'team', (q) => q.innerJoin('users as u', 'u.id', 'd.user_id').where('u.team_id', '=', teamId!))
			.$if(who === 'learner', (q) => q.where('d.user_id', '=', learnerId))
			.where((eb) => dayIn(eb, 'd.day', range))
			// `1.0 *` makes both databases divide as decimals rather than integers.
			.select((eb) => [
				'd.skill',
				sql<string | number>`1.0 * ${eb.fn.sum('d.percent_sum')} / ${eb.fn.sum('d.attempts')}`.as('average')
			])
			.groupBy('d.skill')
			.execute();
	const [mine, team] = await Promise.all([averages('learner'), teamId ? averages('team') : Promise.resolve([])]);
	const skills = new Set([...mine.map((r) => r.skill), ...team.map((r) => r.skill)]);
	const value = (rows: typeof mine, skill: string) => {
		const row = rows.find((r) => r.skill === skill);
		return row ? Math.round(Number(row.average)) : null;
	};
	return [...skills].sort().map((skill) => ({ skill, learner: value(mine, skill), team: value(team, skill) }));
}

/** attempt id -> its choices with the feedback of that attempt's role-play version. */
export async function transcripts(
	db: Kysely<Database>,
	attempts: Pick<LearnerAttempt, 'id' | 'roleplayId' | 'version'>[]
): Promise<Map<string, TranscriptChoice[]>> {
	const byAttempt = new Map<string, TranscriptChoice[]>();
	if (attempts.length === 0) return byAttempt;
	const versions = new Map<string, Roleplay | null>();
	for (const a of attempts) {
		const key = `${a.roleplayId}@${a.version}`;
		if (!versions.has(key)) versions.set(key, await compiledVersion(db, a.roleplayId, a.version));
	}
	const rows = await db
		.selectFrom('attempt_choices')
		.select(['attempt_id', 'step_id', 'position', 'line', 'effects'])
		.where(
			'attempt_id',
			'in',
			attempts.map((a) => a.id)
		)
		.orderBy('attempt_id')
		.orderBy('seq')
		.execute();
	const attemptOf = new Map(attempts.map((a) => [a.id, a]));
	for (const row of rows) {
		const a = attemptOf.get(row.attempt_id)!;
		const step = versions.get(`${a.roleplayId}@${a.version}`)?.steps[row.step_id];
		const list = byAttempt.get(row.attempt_id) ?? [];
		list.push({
			stepId: row.step_id,
			stepTitle: step?.title ?? row.step_id,
			position: row.position,
			line: row.line,
			effects: readJson(jsonColumns.effects, row.effects),
			feedbackHtml: step?.choices.find((c) => c.position === row.position)?.feedbackHtml ?? null,
			shown: []
		});
		byAttempt.set(row.attempt_id, list);
	}
	for (const [id, list] of byAttempt) {
		const a = attemptOf.get(id)!;
		const rp = versions.get(`${a.roleplayId}@${a.version}`);
		if (!rp) continue;
		const shown = shownLines(
			rp,
			id,
			list.map((c) => c.position)
		);
		list.forEach((c, i) => (c.shown = shown[i] ?? []));
	}
	return byAttempt;
}
