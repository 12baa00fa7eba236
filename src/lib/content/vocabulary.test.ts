import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../diagnostics';
import { analyseContent } from './check';
import { englishTerms, readVocabulary } from './vocabulary';

const vocabulary = { path: 'content/vocabulary.yaml', source: readFileSync('content/vocabulary.yaml', 'utf8') };
const roleplay = readFileSync('content/roleplays/price-too-high.md', 'utf8');

describe('the interface vocabulary', () => {
	it('gives every skill, tag and industry the bundled content uses an English label', () => {
		const { vocabulary: read, diagnostics } = readVocabulary(vocabulary.source);
		expect(diagnostics).toEqual([]);
		const english = englishTerms(read);
		expect(english['共情']).toBe('Empathy');
		expect(english['价格异议']).toBe('Price objection');
		expect(english['银行']).toBe('Banking');
	});

	it('warns where a role-play uses a tag or a skill key it does not define', () => {
		const changed = roleplay
			.replace('  - 展厅接待', '  - 砍价')
			.replace('  empathy: 共情', '  empathy: 共情\n  rapport: 亲和力');
		const { diagnostics } = analyseContent([vocabulary, { path: 'content/roleplays/price-too-high.md', source: changed }]);
		const lines = diagnostics.map(formatDiagnostic);
		expect(lines).toContainEqual(expect.stringMatching(/^content\/roleplays\/price-too-high\.md:\d+:\d+: warning: tag `砍价`/));
		expect(lines).toContainEqual(expect.stringMatching(/^content\/roleplays\/price-too-high\.md:8:3: warning: skill `rapport` is not in/));
	});

	it('reports an entry without both labels where it is written', () => {
		const { diagnostics } = readVocabulary('skills:\n  empathy: { zh: 共情 }\ntags: {}\nindustries: {}\nvars: {}\n');
		expect(diagnostics.map(formatDiagnostic)).toEqual([
			expect.stringMatching(/^content\/vocabulary\.yaml:2:12: `empathy` needs a Chinese and an English label/)
		]);
	});
});
