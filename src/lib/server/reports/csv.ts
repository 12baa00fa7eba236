// Attempts as CSV that Excel opens with Chinese intact: UTF-8 with a byte-order mark, CRLF line ends,
// RFC 4180 quoting, and text cells that would start a formula prefixed with an apostrophe.
import type { ExportAttempt } from './export';

export const csvBom = '\uFEFF';

const header = [
	'attempt_id',
	'learner',
	'email',
	'team',
	'roleplay_id',
	'roleplay',
	'version',
	'started_at',
	'finished_at',
	'outcome',
	'ending',
	'total',
	'best',
	'percent',
	'passed'
];

export function csvCell(value: string | number | boolean): string {
	if (typeof value !== 'string') return String(value);
	const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const csvLine = (cells: (string | number | boolean)[]) => cells.map(csvCell).join(',') + '\r\n';

export function csvHeader(): string {
	return csvBom + csvLine(header);
}

export function csvRows(attempts: ExportAttempt[]): string {
	return attempts
		.map((a) =>
			csvLine([
				a.id,
				a.learnerName,
				a.email,
				a.teamName,
				a.roleplayId,
				a.title,
				a.version,
				a.startedAt,
				a.finishedAt,
				a.outcome,
				a.ending,
				a.total,
				a.best,
				a.percent,
				a.passed ? 1 : 0
			])
		)
		.join('');
}
