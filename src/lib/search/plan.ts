// What a user typed, as groups of index terms: each word of the query with the bigrams, prefix and
// synonyms that also count as finding it.
import { processTerm } from './pipeline';
import { isHan, normalise, tokenize, type Term } from './tokenizer';
import { synonymClasses } from './synonyms';

export interface Alternative {
	term: string;
	kind: 'word' | 'bigram' | 'prefix' | 'synonym';
}

/** One word of the query and the index terms that count as finding it. */
export interface QueryGroup {
	word: string;
	alternatives: Alternative[];
}

export interface QueryPlan {
	groups: QueryGroup[];
	/** Surface strings to mark in snippets. */
	needles: string[];
}

const MIN_PREFIX = 3;

function commonPrefix(a: string, b: string): string {
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	return a.slice(0, i);
}

function overlaps(a: Term, b: Term): boolean {
	return a.start < b.start + b.length && b.start < a.start + a.length;
}

function latinStems(text: string): string {
	return tokenize(text)
		.filter((t) => t.kind === 'word' && !isHan(t.text))
		.map((t) => processTerm(t.text) ?? t.text)
		.join(' ');
}

/** A synonym's terms; a lone Han character (率 of 流失率) would match far too much on its own. */
function synonymTerms(text: string): string[] {
	return tokenize(text)
		.filter((t) => !(isHan(t.text) && [...t.text].length === 1))
		.map((t) => processTerm(t.text))
		.filter((t): t is string => t !== null);
}

interface SynonymMember {
	text: string;
	han: boolean;
	/** Latin members: stems joined by spaces, to match whole words of the query. */
	stems: string;
	terms: string[];
}

let preparedClasses: SynonymMember[][] | undefined;

/** Tokenised once, on first use: every query is matched against every member. */
function synonymMembers(): SynonymMember[][] {
	preparedClasses ??= synonymClasses.map((members) =>
		members.map((text) => ({ text, han: isHan(text), stems: latinStems(text), terms: synonymTerms(text) }))
	);
	return preparedClasses;
}

interface MentionedClass {
	member: SynonymMember;
	others: SynonymMember[];
}

/** Synonym classes the query mentions, each with the member that was found in it. */
function mentionedClasses(query: string): MentionedClass[] {
	const han = normalise(query);
	const stems = ` ${latinStems(query)} `;
	const found: MentionedClass[] = [];
	for (const members of synonymMembers()) {
		const member = members.find((m) => (m.han ? han.includes(m.text) : stems.includes(` ${m.stems} `)));
		if (member) found.push({ member, others: members.filter((m) => m !== member) });
	}
	return found;
}

export function planQuery(query: string): QueryPlan {
	const terms = tokenize(query);
	const bigrams = terms.filter((t) => t.kind === 'bigram');
	const classes = mentionedClasses(query);
	const groups: QueryGroup[] = [];
	const needles = new Set<string>();
	for (const word of terms.filter((t) => t.kind === 'word')) {
		const processed = processTerm(word.text);
		if (processed === null) continue;
		const alternatives: Alternative[] = [{ term: processed, kind: 'word' }];
		if (isHan(word.text)) {
			const pairs = bigrams.filter((b) => overlaps(b, word));
			for (const bigram of pairs) {
				const term = processTerm(bigram.text);
				if (term) alternatives.push({ term, kind: 'bigram' });
			}
			// A lone character marked everywhere is noise (太 in 太太); its pair with a neighbour (太贵) is not.
			const lone = [...word.text].length === 1 && pairs.length > 0;
			for (const needle of lone ? pairs.map((b) => b.text) : [word.text]) needles.add(needle);
		} else {
			needles.add(commonPrefix(word.text, processed));
			const prefix = commonPrefix(word.text, processed);
			if (prefix.length >= MIN_PREFIX) alternatives.push({ term: prefix, kind: 'prefix' });
		}
		for (const { member, others } of classes) {
			if (!(member.han ? member.text.includes(word.text) : member.stems.split(' ').includes(processed))) continue;
			for (const other of others) {
				if (other.han) needles.add(other.text);
				for (const term of other.terms) alternatives.push({ term, kind: 'synonym' });
			}
		}
		groups.push({ word: word.text, alternatives });
	}
	return { groups, needles: [...needles].filter((n) => n !== '') };
}
