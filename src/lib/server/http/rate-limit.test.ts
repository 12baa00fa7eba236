import { describe, expect, it } from 'vitest';
import { RateLimit } from './rate-limit';
import { loggablePath } from './request-log';

describe('rate limit', () => {
	it('lets a burst of the per-minute limit through, then asks to wait until a token refills', () => {
		const limit = new RateLimit(60);
		const at = 1_000_000;
		const waits = Array.from({ length: 61 }, () => limit.take('learner', at));
		expect(waits.slice(0, 60).every((w) => w === 0)).toBe(true);
		expect(waits[60]).toBe(1);
		expect(limit.take('learner', at + 1000)).toBe(0);
		expect(limit.take('someone else', at)).toBe(0);
	});
});

describe('request log', () => {
	it('writes invite links without their token', () => {
		expect(loggablePath('/invite/abc123secret')).toBe('/invite/:token');
		expect(loggablePath('/team/42')).toBe('/team/42');
	});
});
