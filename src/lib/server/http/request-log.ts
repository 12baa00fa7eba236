// One line of JSON per request on stdout, tied together by a request id that is also sent back as
// `x-request-id`, so a learner's report of a failure can be found in the logs. Query strings, cookies,
// bodies and secrets in paths are never written.
import type { Handle, RequestEvent } from '@sveltejs/kit';

export const requestIdHeader = 'x-request-id';

// Invite links carry their credential in the path.
const secretSegments = [/^(\/invite\/)[^/]+/];

export function loggablePath(pathname: string): string {
	return secretSegments.reduce((path, pattern) => path.replace(pattern, '$1:token'), pathname);
}

export function writeLog(entry: Record<string, unknown>): void {
	process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`);
}

// REQUEST_LOG=0 keeps only errors (the end-to-end tests, where the lines would drown the test output).
const logEveryRequest = process.env.REQUEST_LOG !== '0';

export const requestLog: Handle = async ({ event, resolve }) => {
	const started = performance.now();
	event.locals.requestId = crypto.randomUUID();
	let status = 500;
	try {
		const response = await resolve(event);
		status = response.status;
		response.headers.set(requestIdHeader, event.locals.requestId);
		return response;
	} finally {
		if (logEveryRequest || status >= 500) writeLog(requestEntry(event, status, performance.now() - started));
	}
};

function requestEntry(event: RequestEvent, status: number, ms: number): Record<string, unknown> {
	return {
		level: status >= 500 ? 'error' : 'info',
		id: event.locals.requestId,
		method: event.request.method,
		path: loggablePath(event.url.pathname),
		status,
		ms: Math.round(ms * 10) / 10,
		user: event.locals.user?.id ?? null
	};
}
