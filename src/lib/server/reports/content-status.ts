// The trainer's content status: every problem `peilian check` would report, and each role-play's
// shape (best score, endings, states) beside how it has been played.
import type { Kysely } from 'kysely';
import compiled from 'virtual:peilian/content';
import { formatDiagnostic, type Diagnostic } from '$lib/diagnostics';
import type { Database } from '../db/schema';

/** The build's check of the content, which is fixed for the life of a build. */
export function contentProblems(): { severity: Diagnostic['severity']; text: string }[] {
	return compiled.diagnostics.map((d) => ({ severity: d.severity, text: formatDiagnostic(d) }));
}

export interface PlayFigures {
	attempts: number;
	passRate: number;
	average: number;
}

/** roleplay id -> attempts, pass rate and average percent over everyone, from the per-day rollups. */
export async function playFigures(db: Kysely<Database>): Promise<Map<string, PlayFigures>> {
	const rows = await db
		.selectFrom('roleplay_day_stats')
		.select((eb) => [
			'roleplay_id',
			eb.fn.sum<string | number>('attempts').as('attempts'),
			eb.fn.sum<string | number>('passed').as('passed'),
			eb.fn.sum<string | number>('percent_sum').as('percent_sum')
		])
		.groupBy('roleplay_id')
		.execute();
	return new Map(
		rows.map((r) => {
			const attempts = Number(r.attempts);
			return [
				r.roleplay_id,
				{
					attempts,
					passRate: Math.round((100 * Number(r.passed)) / attempts),
					average: Math.round(Number(r.percent_sum) / attempts)
				}
			];
		})
	);
}
