// Attempts as CSV that Excel opens with Chinese intact: UTF-8 with a byte-order mark, CRLF line ends,
// RFC 4180 quoting, and text cells that would start a formula prefixed with an apostrophe. Two layouts:
// one for people (headings in the reader's language, local times Excel reads as dates, words rather
// than codes) and the full one for systems (stable snake_case columns, UTC instants, ids and versions).
import { TEAM_TIME_ZONE } from '../../time-zone';
import type { ExportAttempt } from './export';

export const csvBom = '\uFEFF';

export const csvLayouts = ['people', 'systems'] as const;
export type CsvLayout = (typeof csvLayouts)[number];

const systemsHeader = [
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

/** The people's layout's words, read in the request (the reader's language) before the rows stream. */
export interface PeopleWords {
	header: [
		learner: string,
		email: string,
		team: string,
		roleplay: string,
		started: string,
		finished: string,
		outcome: string,
		score: string,
		percent: string,
		passed: string
	];
	outcome: Record<ExportAttempt['outcome'], string>;
	yes: string;
	no: string;
}

export function csvCell(value: string | number | boolean): string {
	if (typeof value !== 'string') return String(value);
	const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const csvLine = (cells: (string | number | boolean)[]) => cells.map(csvCell).join(',') + '\r\n';

const localTime = new Intl.DateTimeFormat('sv-SE', {
	timeZone: TEAM_TIME_ZONE,
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	hourCycle: 'h23'
});

/** `2026-11-20 10:07` in the organisation's time zone: Excel and Numbers read it as a date and time. */
export function spreadsheetTime(iso: string): string {
	return localTime.format(new Date(iso));
}

export function csvHeader(layout: CsvLayout = 'systems', words?: PeopleWords): string {
	return csvBom + csvLine(layout === 'people' ? words!.header : systemsHeader);
}

export function csvRows(attempts: ExportAttempt[], layout: CsvLayout = 'systems', words?: PeopleWords): string {
	return attempts.map((a) => csvLine(layout === 'people' ? peopleRow(a, words!) : systemsRow(a))).join('');
}

function peopleRow(a: ExportAttempt, words: PeopleWords): (string | number)[] {
	return [
		a.learnerName,
		a.email,
		a.teamName,
		a.title,
		spreadsheetTime(a.startedAt),
		spreadsheetTime(a.finishedAt),
		words.outcome[a.outcome],
		`${a.total} / ${a.best}`,
		a.percent,
		a.passed ? words.yes : words.no
	];
}

function systemsRow(a: ExportAttempt): (string | number)[] {
	return [
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
	];
}
