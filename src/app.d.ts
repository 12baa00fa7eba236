// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
			/** the request's id, on a server error: the reader quotes it when reporting the problem */
			id?: string | null;
		}
		interface Locals {
			/** the signed-in person, resolved from the session cookie in hooks.server.ts */
			user: import('$lib/server/auth/session').SessionUser | null;
			session: import('$lib/server/auth/session').Session | null;
			/** set first thing for every request, logged and sent back as x-request-id */
			requestId: string;
		}
		interface PageData {
			/** who is signed in, as the root layout gives it to every page: what the header shows; null when signed out */
			user: { name: string; role: import('$lib/roles').Role } | null;
			/** on an English page, the English label of each Chinese skill, tag and industry word (src/lib/term.ts) */
			terms: Readonly<Record<string, string>>;
			/** each role-play var's name in the reader's language (content/vocabulary.yaml), for meters */
			varNames: Readonly<Record<string, string>>;
		}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
