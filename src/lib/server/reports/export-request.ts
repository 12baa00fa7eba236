// Turns an export request's query string into a checked filter: only the teams the viewer coaches,
// narrowed to one team, role-play or learner on request.
import { error } from '@sveltejs/kit';
import { requireCoachedTeams, requireCoachOf } from '../auth/guard';
import { db } from '../db';
import { dateRange } from './filters';
import { choicesOf, exportAttempts, type ExportFilter } from './export';
import { csvHeader, csvRows, type CsvLayout, type PeopleWords } from './csv';
import { attemptStatements } from './xapi';

export async function exportFilter(locals: App.Locals, params: URLSearchParams): Promise<ExportFilter> {
	const { teams } = await requireCoachedTeams(db, locals);
	const team = params.get('team');
	if (team && !teams.some((t) => t.id === team)) error(403, 'Not one of your teams');
	const learner = params.get('learner') || undefined;
	if (learner) await requireCoachOf(db, locals, learner);
	return {
		teamIds: team ? [team] : teams.map((t) => t.id),
		roleplayId: params.get('roleplay') || undefined,
		learnerId: learner,
		range: dateRange(params)
	};
}

const encoder = new TextEncoder();

function streamOf(chunks: AsyncGenerator<string>): ReadableStream<Uint8Array> {
	return new ReadableStream({
		async pull(controller) {
			const next = await chunks.next();
			if (next.done) controller.close();
			else controller.enqueue(encoder.encode(next.value));
		},
		async cancel() {
			await chunks.return(undefined);
		}
	});
}

export function csvStream(filter: ExportFilter, layout: CsvLayout, words?: PeopleWords): ReadableStream<Uint8Array> {
	return streamOf(
		(async function* () {
			yield csvHeader(layout, words);
			for await (const page of exportAttempts(db, filter)) yield csvRows(page, layout, words);
		})()
	);
}

/** A JSON array of statements, written page by page. */
export function xapiStream(filter: ExportFilter, origin: string): ReadableStream<Uint8Array> {
	return streamOf(
		(async function* () {
			yield '[';
			let first = true;
			for await (const page of exportAttempts(db, filter, 500)) {
				const choices = await choicesOf(
					db,
					page.map((a) => a.id)
				);
				const byAttempt = new Map<string, typeof choices>();
				for (const c of choices) byAttempt.set(c.attemptId, [...(byAttempt.get(c.attemptId) ?? []), c]);
				const statements = page.flatMap((a) => attemptStatements(origin, a, byAttempt.get(a.id) ?? []));
				if (statements.length === 0) continue;
				yield (first ? '\n' : ',\n') + statements.map((s) => JSON.stringify(s)).join(',\n');
				first = false;
			}
			yield '\n]\n';
		})()
	);
}
