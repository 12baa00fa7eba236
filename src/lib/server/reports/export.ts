// The attempts an export covers, read in pages by (finished_at, id) so a large export streams
// without holding everything in memory.
import type { Kysely } from 'kysely';
import type { Effect } from '../../roleplay';
import { jsonColumns, readJson } from '../db/json';
import type { Database, Outcome } from '../db/schema';
import { finishedIn, type DateRange } from './filters';

export interface ExportFilter {
	teamIds: string[];
	roleplayId?: string;
	learnerId?: string;
	range: DateRange;
}

export interface ExportAttempt {
	id: string;
	learnerName: string;
	email: string;
	teamName: string;
	roleplayId: string;
	title: string;
	version: string;
	startedAt: string;
	finishedAt: string;
	outcome: Outcome;
	ending: string;
	total: number;
	best: number;
	percent: number;
	passed: boolean;
}

export interface ExportChoice {
	attemptId: string;
	seq: number;
	stepId: string;
	position: number;
	line: string;
	effects: Effect[];
}

type Cursor = { finishedAt: string; id: string } | null;

export async function* exportAttempts(
	db: Kysely<Database>,
	filter: ExportFilter,
	pageSize = 2000
): AsyncGenerator<ExportAttempt[]> {
	if (filter.teamIds.length === 0) return;
	let cursor: Cursor = null;
	for (;;) {
		const page = await exportPage(db, filter, cursor, pageSize);
		if (page.length === 0) return;
		yield page;
		const last = page[page.length - 1];
		cursor = { finishedAt: last.finishedAt, id: last.id };
		if (page.length < pageSize) return;
	}
}

async function exportPage(
	db: Kysely<Database>,
	filter: ExportFilter,
	cursor: Cursor,
	pageSize: number
): Promise<ExportAttempt[]> {
	const rows = await db
		.selectFrom('attempts as a')
		.innerJoin('users as u', 'u.id', 'a.user_id')
		.innerJoin('teams as t', 't.id', 'u.team_id')
		.innerJoin('roleplay_versions as v', (join) =>
			join.onRef('v.roleplay_id', '=', 'a.roleplay_id').onRef('v.version', '=', 'a.version')
		)
		.select([
			'a.id',
			'u.name as learner_name',
			'u.email',
			't.name as team_name',
			'a.roleplay_id',
			'v.title',
			'a.version',
			'a.started_at',
			'a.finished_at',
			'a.outcome',
			'a.ending',
			'a.total',
			'a.best',
			'a.percent',
			'a.passed'
		])
		.where('u.team_id', 'in', filter.teamIds)
		.$if(Boolean(filter.roleplayId), (q) => q.where('a.roleplay_id', '=', filter.roleplayId!))
		.$if(Boolean(filter.learnerId), (q) => q.where('a.user_id', '=', filter.learnerId!))
		.where((eb) => finishedIn(eb, 'a.finished_at', filter.range))
		.$if(cursor !== null, (q) =>
			q.where((eb) =>
				eb.or([
					eb('a.finished_at', '>', cursor!.finishedAt),
					eb.and([eb('a.finished_at', '=', cursor!.finishedAt), eb('a.id', '>', cursor!.id)])
				])
			)
		)
		.orderBy('a.finished_at')
		.orderBy('a.id')
		.limit(pageSize)
		.execute();
	return rows.map((r) => ({
		id: r.id,
		learnerName: r.learner_name,
		email: r.email,
		teamName: r.team_name,
		roleplayId: r.roleplay_id,
		title: r.title,
		version: r.version,
		startedAt: r.started_at,
		finishedAt: r.finished_at,
		outcome: r.outcome,
		ending: r.ending,
		total: r.total,
		best: r.best,
		percent: r.percent,
		passed: r.passed === 1
	}));
}

export async function choicesOf(db: Kysely<Database>, attemptIds: string[]): Promise<ExportChoice[]> {
	if (attemptIds.length === 0) return [];
	const rows = await db
		.selectFrom('attempt_choices')
		.select(['attempt_id', 'seq', 'step_id', 'position', 'line', 'effects'])
		.where('attempt_id', 'in', attemptIds)
		.orderBy('attempt_id')
		.orderBy('seq')
		.execute();
	return rows.map((r) => ({
		attemptId: r.attempt_id,
		seq: r.seq,
		stepId: r.step_id,
		position: r.position,
		line: r.line,
		effects: readJson(jsonColumns.effects, r.effects)
	}));
}
