// Every date and time a person reads, in the organisation's time zone (time-zone.ts) and the reader's
// language (the request's, unless given). Called by the server when it loads a page; pages render the
// strings as they come.
import { getLocale } from './paraglide/runtime';
import { TEAM_TIME_ZONE, TEAM_UTC_OFFSET_HOURS } from './time-zone';

const dayMs = 86_400_000;

/** `11月29日 22:14` / `Nov 29, 22:14`: when something happened. */
export function formatDateTime(iso: string, locale: string = getLocale()): string {
	return new Date(iso).toLocaleString(locale, {
		month: 'short',
		day: 'numeric',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23',
		timeZone: TEAM_TIME_ZONE
	});
}

/** `2026年11月29日` / `Nov 29, 2026`: an instant's calendar day or a stored day (`2026-11-29`). */
export function formatDate(isoOrDay: string, locale: string = getLocale()): string {
	const at = /^\d{4}-\d{2}-\d{2}$/.test(isoOrDay) ? new Date(`${isoOrDay}T12:00:00Z`) : new Date(isoOrDay);
	const timeZone = /^\d{4}-\d{2}-\d{2}$/.test(isoOrDay) ? 'UTC' : TEAM_TIME_ZONE;
	return at.toLocaleDateString(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone });
}

/** The calendar day (`2026-11-29`) an instant falls on where the teams work. */
export function calendarDay(at: Date | string): string {
	return new Date(at).toLocaleDateString('en-CA', { timeZone: TEAM_TIME_ZONE });
}

/** Calendar days between an instant and now where the teams work: yesterday evening is 1, not 0. */
export function daysAgo(iso: string, now: Date | number = Date.now()): number {
	const day = (at: Date | string | number) => Date.parse(`${calendarDay(new Date(at))}T00:00:00Z`);
	return Math.round((day(now) - day(iso)) / dayMs);
}

/**
 * The instant's wall-clock time where the teams work, written as if it were UTC: charts place points and
 * label days with UTC arithmetic on it, so server and browser draw the same axis whatever their own zone.
 */
export function wallClock(iso: string): string {
	return new Date(Date.parse(iso) + TEAM_UTC_OFFSET_HOURS * 3_600_000).toISOString();
}
