// Runs a query plan through lunr, and ranks documents that cover more of the query higher.
import { lunr } from './pipeline';
import { planQuery, type Alternative, type QueryGroup, type QueryPlan } from './plan';
import { indexFields, type SearchEngine, type SearchIndexFile, type StoredDocument } from './types';

export interface SearchHit {
	doc: StoredDocument;
	score: number;
}

/** Weight of a clause: the word as typed counts most, a synonym or a word's start less. */
const BOOST: Record<Alternative['kind'], number> = { word: 2, bigram: 1, prefix: 0.4, synonym: 0.6 };

type Posting = Record<string, Record<string, object>>;

function postings(engine: SearchEngine): Record<string, Posting | undefined> {
	return (engine.index as unknown as { invertedIndex: Record<string, Posting | undefined> }).invertedIndex;
}

const frequencies = new WeakMap<Posting, number>();

/** Documents containing the term in its most common field (cheaper than the union, close enough). */
function documentFrequency(posting: Posting | undefined): number {
	if (!posting) return 0;
	let largest = frequencies.get(posting);
	if (largest === undefined) {
		largest = 0;
		for (const field of indexFields) largest = Math.max(largest, Object.keys(posting[field]).length);
		frequencies.set(posting, largest);
	}
	return largest;
}

/**
 * Postings lunr may walk for one query. lunr spends a few microseconds on every (document, field) a
 * clause matches, so a query of three frequent words with their synonyms could walk thousands.
 */
const MATCH_BUDGET = 150;

/**
 * The alternatives worth asking lunr about: bigrams and prefixes only when the word itself is not in
 * the index; then the rarest words first, within the budget. A word left out (frequent, so it barely
 * tells documents apart) still counts for coverage, by a direct look-up in the postings.
 */
interface Clauses {
	/** What lunr is asked for. */
	scored: Alternative[];
	/** Groups left out of the lunr query, with the terms that still count for coverage. */
	unscored: Map<QueryGroup, Alternative[]>;
}

function clausesFor(engine: SearchEngine, plan: QueryPlan): Clauses {
	const index = postings(engine);
	const cost = (alts: Alternative[]) => alts.reduce((n, a) => n + documentFrequency(index[a.term]), 0);
	// A synonym found nearly everywhere (客户 of 大客户) says nothing about the word it stands for.
	const generic = (a: Alternative) => a.kind === 'synonym' && documentFrequency(index[a.term]) > engine.docs.length / 4;
	const candidates: { group: QueryGroup; alts: Alternative[]; cost: number }[] = [];
	for (const group of plan.groups) {
		const found = index[group.alternatives[0].term] !== undefined;
		const useful = group.alternatives.filter((a) => !found || a.kind === 'word' || a.kind === 'synonym');
		const alts = useful.filter((a) => (a.kind === 'prefix' || index[a.term]) && !generic(a));
		if (alts.length > 0) candidates.push({ group, alts, cost: cost(alts) });
	}
	candidates.sort((a, b) => a.cost - b.cost);
	const scored = new Map<string, Alternative>();
	const unscored = new Map<QueryGroup, Alternative[]>();
	let spent = 0;
	for (const [i, { group, alts, cost: groupCost }] of candidates.entries()) {
		if (i > 0 && spent + groupCost > MATCH_BUDGET) {
			unscored.set(group, alts);
			continue;
		}
		// Even the rarest word can be everywhere: then ask for the word alone.
		const asked = groupCost > MATCH_BUDGET && alts[0].kind === 'word' ? [alts[0]] : alts;
		for (const alt of asked) {
			const key = `${alt.kind === 'prefix' ? '*' : ''}${alt.term}`;
			const kept = scored.get(key);
			if (!kept || BOOST[kept.kind] < BOOST[alt.kind]) scored.set(key, alt);
		}
		spent += groupCost;
	}
	return { scored: [...scored.values()], unscored };
}

function containsAny(engine: SearchEngine, alternatives: Alternative[], ref: string): boolean {
	const index = postings(engine);
	return alternatives.some((alt) => {
		const posting = index[alt.term];
		return posting !== undefined && indexFields.some((field) => ref in posting[field]);
	});
}

function isCovered(group: QueryGroup, matched: string[]): boolean {
	return group.alternatives.some((alt) =>
		matched.some((term) => (alt.kind === 'prefix' ? term.startsWith(alt.term) : term === alt.term))
	);
}

export function runQuery(engine: SearchEngine, plan: QueryPlan): SearchHit[] {
	const { scored, unscored } = clausesFor(engine, plan);
	if (scored.length === 0) return [];
	const results = engine.index.query((q) => {
		for (const alt of scored) {
			q.term(alt.term, {
				boost: BOOST[alt.kind],
				usePipeline: false,
				wildcard: alt.kind === 'prefix' ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE
			});
		}
	});
	// lunr adds up term scores, so a page repeating one word beats a page using every word once;
	// weighting by the share of query words found puts the second first.
	return results
		.map((r) => {
			const matched = Object.keys(r.matchData.metadata);
			const covered = plan.groups.filter((g) => {
				const alternatives = unscored.get(g);
				return alternatives ? containsAny(engine, alternatives, r.ref) : isCovered(g, matched);
			}).length;
			const coverage = covered / plan.groups.length;
			return { doc: engine.docs[parseInt(r.ref, 36)], score: r.score * coverage * coverage };
		})
		.filter((hit) => hit.doc !== undefined)
		.sort((a, b) => b.score - a.score);
}

export function openSearchIndex(file: SearchIndexFile): SearchEngine {
	return {
		index: lunr.Index.load(file.index),
		docs: file.docs
	};
}

/** A page in the results: its best-matching passage first, then its other matching sections. */
export interface PageResult {
	/** The page's path, without anchor. */
	page: string;
	title: string;
	type: StoredDocument['type'];
	best: SearchHit;
	others: SearchHit[];
}

/** One result per page, as people expect of site search, ordered by each page's best passage. */
export function groupByPage(hits: readonly SearchHit[], othersPerPage = 2): PageResult[] {
	const pages = new Map<string, PageResult>();
	for (const hit of hits) {
		const page = hit.doc.url.split('#')[0];
		const result = pages.get(page);
		if (!result) pages.set(page, { page, title: hit.doc.page, type: hit.doc.type, best: hit, others: [] });
		else if (result.others.length < othersPerPage) result.others.push(hit);
	}
	return [...pages.values()];
}

export interface SearchResults {
	pages: PageResult[];
	/** What to mark in the results' snippets. */
	needles: string[];
}

export function search(engine: SearchEngine, query: string, limit = 50): SearchResults {
	const plan = planQuery(query);
	return { pages: groupByPage(runQuery(engine, plan)).slice(0, limit), needles: plan.needles };
}
