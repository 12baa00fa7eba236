// A skill, tag or industry word from the content, in the reader's language: the root layout hands English
// pages the labels of content/vocabulary.yaml; Chinese pages show the word as the content writes it.
import { page } from '$app/state';

export const term = (word: string): string => page.data.terms?.[word] ?? word;

/** A role-play's skills (key -> Chinese label) with each label in the reader's language. */
export const termsOf = (skills: Record<string, string>): Record<string, string> =>
	Object.fromEntries(Object.entries(skills).map(([key, label]) => [key, term(label)]));
