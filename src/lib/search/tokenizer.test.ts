import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenizer';
import { isStopWord, processTerm, stem, trim } from './pipeline';

const texts = (s: string) => tokenize(s).map((t) => t.text);

describe('tokenize', () => {
	it('splits a Chinese sentence into words', () => {
		expect(texts('价格太高我买不起')).toEqual(['价格', '太高', '我', '买', '买不', '不起']);
	});

	it('joins characters the segmenter leaves single, so 离网 is found inside 离网率', () => {
		expect(texts('离网率')).toEqual(['离', '离网', '网', '网率', '率']);
	});

	it('joins a single character to the word beside it, so 大客户 can be found as a unit', () => {
		expect(texts('大客户')).toContain('大客');
	});

	it('adds the bigrams inside words of three characters or more', () => {
		expect(texts('共和国')).toEqual(['共和国', '共和', '和国']);
	});

	it('leaves out pairs straddling two longer words or a stop word, which nobody searches for', () => {
		expect(texts('价格太高我买')).not.toEqual(expect.arrayContaining(['格太']));
		expect(texts('价格太高我买')).not.toContain('高我');
		expect(texts('价格太高我买')).not.toContain('我买');
	});

	it('gives the same terms for a phrase typed with or without a space', () => {
		const joined = new Set(texts('价格太高'));
		for (const term of texts('价格 太高')) expect(joined).toContain(term);
	});

	it('keeps English words whole and lower-cased beside Chinese ones', () => {
		expect(texts('Competitor 的报价')).toEqual(expect.arrayContaining(['competitor', '报价']));
	});

	it('records where each term sits in the original text', () => {
		const source = 'MAN 法则';
		for (const term of tokenize(source)) {
			expect(source.slice(term.start, term.start + term.length).toLowerCase()).toBe(term.text);
		}
	});

	it('does not split a character outside the basic plane into halves', () => {
		expect(texts('𠀀客户').every((t) => !/[\uD800-\uDBFF]$/.test(t))).toBe(true);
	});

	it('normalises full-width letters and digits', () => {
		expect(texts('ＭＡＮ')).toEqual(['man']);
	});
});

describe('pipeline', () => {
	it('trims punctuation at the edges without erasing Chinese characters', () => {
		expect(trim('「价格」')).toBe('价格');
		expect(trim('"price,"')).toBe('price');
	});

	it('drops Chinese and English stop words and bigrams made only of them', () => {
		expect(['的', '怎么', 'the', '我们', '你的'].every(isStopWord)).toBe(true);
		expect(['太贵', '不好', '决策', 'man'].some(isStopWord)).toBe(false);
	});

	it('stems English words only', () => {
		expect(stem('competitors')).toBe(stem('competitor'));
		expect(stem('negotiating')).toBe(stem('negotiation'));
		expect(stem('客户们')).toBe('客户们');
		expect(processTerm('的')).toBeNull();
	});
});
