// Keeping the attempt on the server when the learner is signed in: drafts so another device can resume,
// and the submission at the ending, which the server scores itself by replaying the choices.
// The server's answers are checked before the page trusts them; zod/mini keeps that small in the player's page.
import * as z from 'zod/mini';
import type { Result } from '$lib/roleplay/play';
import type { Attempt } from './attempt';

const RETRY_DELAYS_MS = [500, 1500, 4000, 10000];

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Retries what a flaky network or a restarting server causes; a 4xx is an answer and is returned. */
async function withRetry(send: () => Promise<Response>): Promise<Response | null> {
	for (let attempt = 0; ; attempt++) {
		try {
			const response = await send();
			if (response.status < 500) return response;
		} catch {
			// A network error: the request may or may not have arrived; the same id makes resending safe.
		}
		if (attempt >= RETRY_DELAYS_MS.length) return null;
		await wait(RETRY_DELAYS_MS[attempt]);
	}
}

const json = (method: string, body: unknown): RequestInit => ({
	method,
	headers: { 'content-type': 'application/json' },
	body: JSON.stringify(body)
});

/** Saves drafts at most once per `delayMs`, sending only the latest; failures never reach the learner. */
export function draftSaver(delayMs = 800) {
	let timer: ReturnType<typeof setTimeout> | undefined;
	let latest: Attempt | null = null;
	const flush = () => {
		timer = undefined;
		const attempt = latest;
		if (!attempt) return;
		latest = null;
		const { id, version, choices, startedAt } = attempt;
		void withRetry(() =>
			fetch(`/api/drafts/${encodeURIComponent(attempt.roleplay)}`, json('PUT', { id, version, choices, startedAt }))
		);
	};
	return {
		save(attempt: Attempt) {
			latest = attempt;
			clearTimeout(timer);
			timer = setTimeout(flush, delayMs);
		},
		flush() {
			clearTimeout(timer);
			flush();
		}
	};
}

export type Submission = { ok: true; result: Result } | { ok: false; status: number | null; reason: string };

const skillResult = z.object({ score: z.number(), best: z.number(), percent: z.nullable(z.number()) });

const result = z.object({
	id: z.string(),
	outcome: z.enum(['won', 'lost', 'neutral']),
	ending: z.string(),
	total: z.number(),
	best: z.number(),
	percent: z.number(),
	passed: z.boolean(),
	skills: z.record(z.string(), skillResult),
	vars: z.record(z.string(), z.number()),
	path: z.array(z.string())
}) satisfies z.ZodMiniType<Result>;

/** What POST /api/attempts answers: the attempt as the server scored it, or why it refused it. */
const accepted = z.object({ result });
const refused = z.object({ reason: z.string() });

export async function submitAttempt(attempt: Attempt): Promise<Submission> {
	const { id, roleplay, version, choices, startedAt } = attempt;
	const response = await withRetry(() =>
		fetch('/api/attempts', json('POST', { id, roleplay, version, choices, startedAt }))
	);
	if (!response) return { ok: false, status: null, reason: 'network' };
	const body: unknown = await response.json().catch(() => null);
	const answer = accepted.safeParse(body);
	if (response.ok && answer.success) return { ok: true, result: answer.data.result };
	const refusal = refused.safeParse(body);
	return { ok: false, status: response.status, reason: refusal.success ? refusal.data.reason : response.statusText };
}
