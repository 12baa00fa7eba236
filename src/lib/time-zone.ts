// The organisation's time zone, in one place: the calendar days that reports, rollups and due dates count
// in, and every clock time a person reads. Set with PEILIAN_TIME_ZONE (an IANA name); Asia/Shanghai by
// default. Read on the server and in the command line; pages get times already formatted (time-format.ts).

const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** The zone's offset from UTC in minutes at an instant, as Intl computes it. */
function offsetMinutes(zone: string, at: Date): number {
	const name =
		new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
			.formatToParts(at)
			.find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
	const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
	return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

/**
 * The zone named, checked: SQLite's date arithmetic and the ISO instants use one fixed offset in whole
 * hours, exact only for a zone without summer time (China's, Singapore's, Japan's, India's is not whole).
 */
export function checkTimeZone(zone: string): { zone: string; offsetHours: number } {
	try {
		new Intl.DateTimeFormat('en-US', { timeZone: zone });
	} catch {
		throw new Error(`PEILIAN_TIME_ZONE: "${zone}" is not a time zone name such as Asia/Shanghai`);
	}
	const winter = offsetMinutes(zone, new Date(Date.UTC(2026, 0, 15)));
	const summer = offsetMinutes(zone, new Date(Date.UTC(2026, 6, 15)));
	if (winter !== summer || winter % 60 !== 0)
		throw new Error(
			`PEILIAN_TIME_ZONE: ${zone} changes its clocks or is not a whole number of hours from UTC; ` +
				'Peilian counts days with one fixed offset, so choose a zone without summer time'
		);
	return { zone, offsetHours: winter / 60 };
}

const configured = checkTimeZone(globalThis.process?.env?.PEILIAN_TIME_ZONE || DEFAULT_TIME_ZONE);

/** The IANA name, for Intl and for PostgreSQL's `at time zone`. */
export const TEAM_TIME_ZONE = configured.zone;

/** Its offset from UTC in whole hours, for SQLite's date arithmetic and for ISO instants. */
export const TEAM_UTC_OFFSET_HOURS = configured.offsetHours;

/** The offset as an ISO timestamp ends with it: `+08:00`. */
export const TEAM_UTC_OFFSET = `${TEAM_UTC_OFFSET_HOURS < 0 ? '-' : '+'}${String(Math.abs(TEAM_UTC_OFFSET_HOURS)).padStart(2, '0')}:00`;
