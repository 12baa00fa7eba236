import { describe, expect, it } from 'vitest';
import { isSafeHref } from './inline.js';
import { compiled, file } from './fixtures/build.js';

describe('safe HTML from trainer markdown', () => {
	it('keeps http(s), mailto and site links; refuses other schemes, however they are disguised', () => {
		for (const ok of [
			'https://example.com',
			'http://a.b/c',
			'mailto:coach@example.com',
			'/cases/kitchen-showroom',
			'#top',
			'notes.html'
		]) {
			expect(isSafeHref(ok)).toBe(true);
		}
		for (const bad of [
			'javascript:alert(1)',
			'JavaScript:alert(1)',
			' javascript:alert(1)',
			'java\tscript:alert(1)',
			'data:text/html,x',
			'vbscript:x'
		]) {
			expect(isSafeHref(bad)).toBe(false);
		}
	});

	it('escapes text, drops unsafe links to their words, and turns images into their alt text', () => {
		const rp = compiled(
			file(`简介 [点我](&#106;avascript:alert(1)) 和 ![图](/x.png) 以及 a < b & "c"

## 开场 {#start}

- 看 [→](#won) \`value +1\` \`if trust >= 0\`

## 成交 {#won}

\`end won\`
`)
		);
		expect(rp.briefingHtml).toBe('<p>简介 点我 和 图 以及 a &#x3C; b &#x26; "c"</p>');
	});
});
