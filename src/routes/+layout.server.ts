import { englishTerms, varNamesIn } from '$lib/content/index.server';
import { getLocale } from '$lib/paraglide/runtime';
import type { LayoutServerLoad } from './$types';

// Only what the header needs about the signed-in person, and on an English page the English labels of
// the content's skills, tags and industries (src/lib/term.ts).
export const load: LayoutServerLoad = ({ locals }) => ({
	user: locals.user && { name: locals.user.name, role: locals.user.role },
	terms: getLocale() === 'en' ? englishTerms : {},
	/** each role-play var's name in the reader's language, for the player's meter */
	varNames: varNamesIn[getLocale()]
});
