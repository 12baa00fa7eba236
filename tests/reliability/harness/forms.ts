// Posting the app's forms the way a browser does (form-encoded, from the app's own page), signing in
// from a chosen client address, and reading the session a response sets.
import { hashPassword } from '../../../src/lib/server/auth/password';

/** Server environment under which the client address is read from X-Forwarded-For, as behind a proxy. */
export const addressFromHeader = { ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '1' };

export interface FormOptions {
	cookie?: string;
	/** the client address, sent as X-Forwarded-For (the server must run with addressFromHeader) */
	address?: string;
	/** the Origin header; the app's own origin unless given */
	origin?: string;
}

export function postForm(
	origin: string,
	path: string,
	fields: Record<string, string>,
	options: FormOptions = {}
): Promise<Response> {
	return fetch(origin + path, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			accept: 'text/html',
			origin: options.origin ?? origin,
			...(options.cookie ? { cookie: options.cookie } : {}),
			...(options.address ? { 'x-forwarded-for': options.address } : {})
		},
		body: new URLSearchParams(fields)
	});
}

export function postSignIn(
	origin: string,
	email: string,
	password: string,
	options: FormOptions & { next?: string } = {}
): Promise<Response> {
	const path = options.next === undefined ? '/signin' : `/signin?next=${encodeURIComponent(options.next)}`;
	return postForm(origin, path, { email, password }, options);
}

/** The Cookie header for the session a response started, if it started one. */
export function sessionFrom(response: Response): string | undefined {
	const token = /peilian_session=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
	return token ? `peilian_session=${token}` : undefined;
}

export async function statusOf(origin: string, path: string, cookie: string): Promise<number> {
	return (await fetch(origin + path, { headers: { cookie }, redirect: 'manual' })).status;
}

/** A password hash at the cost the app used before issue 14 (N=2^14, r=8, p=1), as older databases hold. */
export function oldCostHash(password: string): Promise<string> {
	return hashPassword(password, { N: 2 ** 14, r: 8, p: 1 });
}

/** OWASP's minimum for scrypt and the equivalents its cheat sheet lists, as [N, r, p]. */
const owaspScrypt = [
	[2 ** 17, 8, 1],
	[2 ** 16, 8, 2],
	[2 ** 15, 8, 3],
	[2 ** 14, 8, 5],
	[2 ** 13, 8, 10]
];

export function meetsOwasp(stored: string): boolean {
	const [, N, r, p] = stored.split('$').map(Number);
	return owaspScrypt.some(([n, rr, pp]) => N >= n && r >= rr && p >= pp);
}
