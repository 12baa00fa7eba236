// The filters every report takes from the query string: a date range (days in the teams' time zone)
// and a sort, parsed at the edge so the SQL only ever sees checked values.
import type { ExpressionBuilder, ReferenceExpression } from 'kysely';
import { z } from 'zod';
import { TEAM_UTC_OFFSET } from '../../time-zone';

const day = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/)
	.refine((d) => !Number.isNaN(Date.parse(d)));

const rangeSchema = z.object({ from: day.optional().catch(undefined), to: day.optional().catch(undefined) });

/** Inclusive days as chosen, and the ISO instants the SQL compares finished_at with. */
export interface DateRange {
	from?: string;
	to?: string;
	fromIso?: string;
	/** exclusive: the start of the day after `to` */
	toIso?: string;
}

export function dateRange(params: URLSearchParams): DateRange {
	const { from, to } = rangeSchema.parse({ from: params.get('from') || undefined, to: params.get('to') || undefined });
	return {
		from,
		to,
		fromIso: from && new Date(`${from}T00:00:00${TEAM_UTC_OFFSET}`).toISOString(),
		toIso: to && new Date(Date.parse(`${to}T00:00:00${TEAM_UTC_OFFSET}`) + 86_400_000).toISOString()
	};
}

/** `finished_at` (an ISO instant) within the range, as a `where`: `.where((eb) => finishedIn(eb, 'a.finished_at', range))`. */
export function finishedIn<DB, TB extends keyof DB>(
	eb: ExpressionBuilder<DB, TB>,
	column: ReferenceExpression<DB, TB>,
	range: DateRange
) {
	return within(eb, column, range.fromIso, '<', range.toIso);
}

/** A rollup's `day` (YYYY-MM-DD in the teams' time zone) within the range, inclusive at both ends. */
export function dayIn<DB, TB extends keyof DB>(
	eb: ExpressionBuilder<DB, TB>,
	column: ReferenceExpression<DB, TB>,
	range: DateRange
) {
	return within(eb, column, range.from, '<=', range.to);
}

/** An open end of the range imposes nothing. */
function within<DB, TB extends keyof DB>(
	eb: ExpressionBuilder<DB, TB>,
	column: ReferenceExpression<DB, TB>,
	from: string | undefined,
	toOp: '<' | '<=',
	to: string | undefined
) {
	return eb.and([...(from ? [eb(column, '>=', from)] : []), ...(to ? [eb(column, toOp, to)] : [])]);
}

export interface Sort {
	key: string;
	dir: 'asc' | 'desc';
}

export function sortOf(params: URLSearchParams, keys: readonly string[], fallback: Sort): Sort {
	const key = params.get('sort') ?? '';
	const dir = params.get('dir') === 'desc' ? 'desc' : params.get('dir') === 'asc' ? 'asc' : fallback.dir;
	return keys.includes(key) ? { key, dir } : fallback;
}
