// An unexpected error is logged with its request id and the person sees only a generic message
// carrying that id, never a stack or a query.
import type { HandleServerError } from '@sveltejs/kit';
import { loggablePath, writeLog } from './request-log';

export const handleServerError: HandleServerError = ({ error, event, status, message }) => {
	const id = event.locals.requestId ?? null;
	if (status < 500) return { message };
	writeLog({
		level: 'error',
		id,
		method: event.request.method,
		path: loggablePath(event.url.pathname),
		status,
		error: error instanceof Error ? (error.stack ?? error.message) : String(error)
	});
	return { message: `Something went wrong on our side. Quote request ${id} if you report it.`, id };
};
