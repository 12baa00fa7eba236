// Splits mixed Chinese/English text into search terms, identically at build time and in the browser.
// lunr's own tokenizer splits on spaces only, so a Chinese sentence would become a single token.
import { stopWords } from './stopwords.js';

/** A Han character, or the iteration mark 々 or the ideographic zero 〇. */
const HAN = /[\p{Script=Han}々〇]/u;

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

export interface Term {
	/** Normalised (NFKC, lower case) text of the term. */
	text: string;
	/** Offset of the term in the original string, in UTF-16 code units. */
	start: number;
	length: number;
	/** `word`: a segmenter word; `bigram`: two adjacent Han characters (see tokenize). */
	kind: 'word' | 'bigram';
}

export function isHan(text: string): boolean {
	return HAN.test(text);
}

export function normalise(text: string): string {
	return text.normalize('NFKC').toLowerCase();
}

/**
 * Segmenter words plus Han bigrams. The segmenter splits the same phrase differently in different
 * contexts, and leaves words it does not know as single characters (`离网率` -> 离/网/率, `大客户` ->
 * 大/客户), so bigrams inside words of three or more characters and across a single character and
 * its neighbour give query and text a common vocabulary. Pairs straddling two longer words or
 * touching a stop word (`价格|太高` -> 格太, `太高|我` -> 高我) are left out: nobody searches for
 * them, and they would be most of the index.
 */
export function tokenize(text: string): Term[] {
	const terms: Term[] = [];
	let previous: { end: number; joinable: boolean; single: boolean; last: string } | null = null;
	for (const { segment, index, isWordLike } of segmenter.segment(text)) {
		if (!isWordLike) {
			previous = null;
			continue;
		}
		const chars = [...segment];
		const han = isHan(segment) && chars.every((c) => isHan(c));
		const joinable = han && !stopWords.has(segment);
		const single = joinable && chars.length === 1;
		if (joinable && previous?.joinable && (single || previous.single) && previous.end === index) {
			terms.push(bigram(previous.last + chars[0], previous.end - previous.last.length));
		}
		terms.push({ text: normalise(segment), start: index, length: segment.length, kind: 'word' });
		if (han && chars.length > 2) {
			let start = index;
			for (let i = 0; i + 1 < chars.length; i++) {
				terms.push(bigram(chars[i] + chars[i + 1], start));
				start += chars[i].length;
			}
		}
		previous = { end: index + segment.length, joinable, single, last: chars[chars.length - 1] };
	}
	return terms;
}

function bigram(pair: string, start: number): Term {
	return { text: normalise(pair), start, length: pair.length, kind: 'bigram' };
}
