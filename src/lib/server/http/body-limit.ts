// Refuses request bodies over a limit before any route reads them: nothing the app accepts (an attempt,
// a form, a comment) comes near it, and a huge body would otherwise be parsed in memory.
import { json, type Handle } from '@sveltejs/kit';

export const bodyLimitBytes = 64 * 1024;

/**
 * The 413 goes out after the rest of the body is read and dropped (adapter-node stops any body past its
 * own BODY_SIZE_LIMIT), so the client, still sending, reads the answer instead of a reset connection.
 */
async function tooLarge(rest: ReadableStream<Uint8Array>): Promise<Response> {
	try {
		for await (const chunk of rest as unknown as AsyncIterable<Uint8Array>) void chunk;
	} catch {
		// the adapter cut the body off; the answer is the same
	}
	return json(
		{ reason: `The request body is larger than ${bodyLimitBytes / 1024} KB` },
		{ status: 413, headers: { connection: 'close' } }
	);
}

export const bodyLimit: Handle = async ({ event, resolve }) => {
	const { request } = event;
	if (!request.body) return resolve(event);
	const declared = request.headers.get('content-length');
	if (declared !== null) return Number(declared) > bodyLimitBytes ? tooLarge(request.body) : resolve(event);
	// A chunked body says nothing of its length up front: read it, up to the limit, then hand it on.
	const reader = request.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		chunks.push(value);
		if (size > bodyLimitBytes) {
			reader.releaseLock();
			return tooLarge(request.body);
		}
	}
	event.request = new Request(request, { body: Buffer.concat(chunks), duplex: 'half' } as RequestInit);
	return resolve(event);
};
