// The lunr pipeline shared by the index build and the browser. Importing this module registers the
// functions, which lunr.Index.load needs before it can restore a serialised index.
import lunr from 'lunr';
import { isHan, tokenize } from './tokenizer.js';
import { stopWords } from './stopwords.js';

const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** lunr's trimmer keeps only \w, which would erase every Chinese character. */
export function trim(term: string): string {
	return term.replace(EDGE_PUNCTUATION, '');
}

export function isStopWord(term: string): boolean {
	if (stopWords.has(term)) return true;
	const chars = [...term];
	return chars.length === 2 && isHan(term) && chars.every((c) => stopWords.has(c));
}

/** Porter stemming is English-only: applied to a Chinese term it would mangle nothing useful. */
export function stem(term: string): string {
	return isHan(term) ? term : lunr.stemmer(new lunr.Token(term, {})).toString();
}

const trimmer: lunr.PipelineFunction = (token) => token.update(trim);
const stopWordFilter: lunr.PipelineFunction = (token) => {
	const text = token.toString();
	return text === '' || isStopWord(text) ? null : token;
};
const stemmer: lunr.PipelineFunction = (token) => token.update(stem);

const steps: [lunr.PipelineFunction, string][] = [
	[trimmer, 'peilian-trimmer'],
	[stopWordFilter, 'peilian-stop-words'],
	[stemmer, 'peilian-stemmer']
];
// What lunr.Pipeline.registerFunction does, minus its warning when this module is reloaded in dev
// and registers the same labels again.
const registered = (lunr.Pipeline as unknown as { registeredFunctions: Record<string, unknown> }).registeredFunctions;
for (const [fn, label] of steps) {
	Object.assign(fn, { label });
	registered[label] = fn;
}

/** Runs a single query word through the same steps as indexed text; `null` when it is dropped. */
export function processTerm(term: string): string | null {
	const trimmed = trim(term);
	return trimmed === '' || isStopWord(trimmed) ? null : stem(trimmed);
}

function lunrTokens(text: unknown): lunr.Token[] {
	if (text == null) return [];
	return tokenize(String(text)).map((term) => new lunr.Token(term.text, { position: [term.start, term.length] }));
}

/** Points a builder at our tokenizer and pipeline, for indexing and for querying alike. */
export function usePeilianPipeline(builder: lunr.Builder): void {
	builder.tokenizer = Object.assign(lunrTokens, { separator: /\s+/ }) as unknown as typeof lunr.tokenizer;
	builder.pipeline.reset();
	builder.searchPipeline.reset();
	for (const [fn] of steps) {
		builder.pipeline.add(fn);
		builder.searchPipeline.add(fn);
	}
}

export { lunr };
