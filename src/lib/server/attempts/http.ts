// Reading a JSON body against a schema at the edge: malformed or invalid input is a 400 with the reason.
import { json } from '@sveltejs/kit';
import type { z } from 'zod';
import { describeIssue } from './input';

export function problem(status: number, reason: string): Response {
	return json({ reason }, { status });
}

export async function parseBody<T extends z.ZodType>(
	request: Request,
	schema: T
): Promise<{ ok: true; value: z.infer<T> } | { ok: false; response: Response }> {
	let body: unknown;
	try {
		body = await request.json();
	} catch {
		return { ok: false, response: problem(400, 'The body must be JSON') };
	}
	const parsed = schema.safeParse(body);
	if (!parsed.success) return { ok: false, response: problem(400, describeIssue(parsed.error)) };
	return { ok: true, value: parsed.data };
}
