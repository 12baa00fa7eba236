import { describe, expect, it } from 'vitest';
import { sameSitePath } from './same-site-path';

const origin = 'https://peilian.example.com';
const next = (value: unknown) => sameSitePath(value, origin, '/me');

describe('the page to go to after signing in', () => {
	it('keeps a path of this site with its query and anchor', () => {
		expect(next('/team?sort=name#risks')).toBe('/team?sort=name#risks');
		expect(next(`${origin}/cases`)).toBe('/cases');
	});

	it('refuses every way of naming another site, or nothing', () => {
		for (const value of [
			'//evil.example',
			'/\t/evil.example',
			'/\n/x',
			'/\\evil.example',
			'\\\\evil.example',
			'/.//evil.example',
			'/%2e//evil.example',
			'https://evil.example/me',
			'javascript:alert(1)',
			'http://peilian.example.com/me',
			null,
			42
		])
			expect(next(value), String(value)).toBe('/me');
	});
});
