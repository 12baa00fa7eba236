// Where to send someone after signing in or switching language: only a page of this site. Resolving the
// value as a URL the way a browser would is what tells `/\t/evil.example` (which browsers read as
// `//evil.example`) from a path; control characters and backslashes are refused outright, since browsers
// drop or reinterpret them, and a newline in a Location header would fail the response.
const refusedCharacter = (c: string) => c < ' ' || c === '\u007f' || c === '\\';

export function sameSitePath(value: unknown, origin: string, fallback: string): string {
	if (typeof value !== 'string' || [...value].some(refusedCharacter)) return fallback;
	let url: URL;
	try {
		url = new URL(value, origin);
	} catch {
		return fallback;
	}
	// `/.//evil.example` resolves to the path `//evil.example`, which a browser would read as another host.
	if (url.origin !== origin || url.pathname.startsWith('//')) return fallback;
	return url.pathname + url.search + url.hash;
}
