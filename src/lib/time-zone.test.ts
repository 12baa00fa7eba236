import { describe, expect, it } from 'vitest';
import { TEAM_TIME_ZONE, TEAM_UTC_OFFSET, TEAM_UTC_OFFSET_HOURS } from './time-zone';

/** The zone's offset at that instant, as Intl names it: `GMT+8`. */
const offsetName = (at: Date) =>
	new Intl.DateTimeFormat('en-US', { timeZone: TEAM_TIME_ZONE, timeZoneName: 'shortOffset' })
		.formatToParts(at)
		.find((part) => part.type === 'timeZoneName')?.value;

describe('the teams’ time zone', () => {
	it('has the fixed offset the SQL and the ISO instants use, in winter and in summer alike', () => {
		for (const at of [new Date('2026-01-15T12:00:00Z'), new Date('2026-07-15T12:00:00Z')]) {
			expect(offsetName(at)).toBe(`GMT+${TEAM_UTC_OFFSET_HOURS}`);
		}
		expect(new Date(`2026-03-01T00:00:00${TEAM_UTC_OFFSET}`).toISOString()).toBe('2026-02-28T16:00:00.000Z');
	});
});
