import { describe, expect, it } from 'vitest';
import { calendarDay, daysAgo, formatDate, formatDateTime, wallClock } from './time-format';
import { checkTimeZone } from './time-zone';

describe('times as people read them, in the organisation’s zone (Asia/Shanghai by default)', () => {
	// The attempt the issue names: 14:14 UTC is 22:14 in Shanghai, on every page.
	const attempt = '2026-11-20T14:14:00.000Z';

	it('shows the local clock time in both languages', () => {
		expect(formatDateTime(attempt, 'zh')).toContain('22:14');
		expect(formatDateTime(attempt, 'en')).toContain('22:14');
		expect(formatDateTime(attempt, 'en')).toContain('Nov');
	});

	it('puts a late-evening UTC instant on the next local day', () => {
		expect(calendarDay('2026-11-20T17:30:00.000Z')).toBe('2026-11-21');
		expect(formatDate('2026-11-20T17:30:00.000Z', 'en')).toBe('Nov 21, 2026');
		expect(formatDate('2026-12-07', 'zh')).toBe('2026年12月7日');
	});

	it('counts days ago in calendar days: last night is yesterday', () => {
		const now = Date.parse('2026-11-21T01:00:00.000Z'); // 09:00 on the 21st in Shanghai
		expect(daysAgo('2026-11-20T15:00:00.000Z', now)).toBe(1); // 23:00 on the 20th
		expect(daysAgo('2026-11-20T17:00:00.000Z', now)).toBe(0); // 01:00 on the 21st
		expect(daysAgo('2026-11-11T02:00:00.000Z', now)).toBe(10);
	});
});

describe('the zone setting', () => {
	it('accepts a zone without summer time and tells its offset', () => {
		expect(checkTimeZone('Asia/Tokyo')).toEqual({ zone: 'Asia/Tokyo', offsetHours: 9 });
	});

	it('refuses a misspelt zone and one that changes its clocks, saying why', () => {
		expect(() => checkTimeZone('Asia/Shangai')).toThrow(/not a time zone name/);
		expect(() => checkTimeZone('Europe/Berlin')).toThrow(/summer time/);
	});
});

describe('chart time', () => {
	it('is the local wall clock, so a point at 22:14 in Shanghai sits at 22:14 on the axis', () => {
		expect(wallClock('2026-11-20T14:14:00.000Z')).toBe('2026-11-20T22:14:00.000Z');
	});
});
