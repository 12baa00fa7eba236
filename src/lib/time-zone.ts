// The sales teams' time zone, in one place so that a later release can make it a setting: the calendar
// days that reports, rollups and due dates count in, and the clock times a learner reads.

/** The IANA name, for Intl and for PostgreSQL's `at time zone`. */
export const TEAM_TIME_ZONE = 'Asia/Shanghai';

/**
 * Its offset from UTC in whole hours, for SQLite's date arithmetic and for ISO instants. A fixed offset
 * is exact only for a zone without summer time, as China's is; a test checks it against the name.
 */
export const TEAM_UTC_OFFSET_HOURS = 8;

/** The offset as an ISO timestamp ends with it: `+08:00`. */
export const TEAM_UTC_OFFSET = `${TEAM_UTC_OFFSET_HOURS < 0 ? '-' : '+'}${String(Math.abs(TEAM_UTC_OFFSET_HOURS)).padStart(2, '0')}:00`;
