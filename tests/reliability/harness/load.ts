// Simulated learners submitting finished attempts the way phones on a bad network do: some answers are
// lost and the same attempt id is sent again, sometimes two or three copies race, sometimes the
// connection drops mid-request. Every request and every answer is tallied for the checks and the soak.
import type { Roleplay } from '../../../src/lib/roleplay';
import type { SignedIn } from './people';
import { expectedResult, randomPath, seededRandom } from './paths';

export interface SentAttempt {
	id: string;
	userId: string;
	roleplay: Roleplay;
	choices: number[];
	/** some answer for this id was a 2xx: the learner was told it is saved */
	acknowledged: boolean;
}

export interface LoadOptions {
	origin: string;
	learners: SignedIn[];
	attemptsPerLearner: number;
	roleplays: Roleplay[];
	seed: number;
	/** learners submitting at the same time */
	concurrency: number;
	/** how long a learner keeps retrying one attempt through network errors */
	giveUpAfterMs?: number;
	onAcknowledged?: (count: number) => void;
}

export interface LoadReport {
	attempts: SentAttempt[];
	requests: number;
	statuses: Record<number, number>;
	networkErrors: number;
	/** answers whose score differs from the engine's for that path */
	wrongScores: string[];
	latenciesMs: number[];
	elapsedMs: number;
}

type Answer = { status: number; total?: number } | { status: 'network' };

export async function runLoad(options: LoadOptions): Promise<LoadReport> {
	const random = seededRandom(options.seed);
	const report: LoadReport = {
		attempts: [],
		requests: 0,
		statuses: {},
		networkErrors: 0,
		wrongScores: [],
		latenciesMs: [],
		elapsedMs: 0
	};
	let acknowledged = 0;
	const started = performance.now();

	const send = async (learner: SignedIn, attempt: SentAttempt, abortAfterMs?: number): Promise<Answer> => {
		const rp = attempt.roleplay;
		const body = JSON.stringify({ id: attempt.id, roleplay: rp.id, version: rp.version, choices: attempt.choices });
		const controller = new AbortController();
		if (abortAfterMs !== undefined) setTimeout(() => controller.abort(), abortAfterMs);
		const t0 = performance.now();
		report.requests++;
		try {
			const response = await fetch(`${options.origin}/api/attempts`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', cookie: learner.cookie, origin: options.origin },
				body,
				signal: controller.signal
			});
			const answer = (await response.json().catch(() => ({}))) as { result?: { total: number } };
			report.latenciesMs.push(performance.now() - t0);
			report.statuses[response.status] = (report.statuses[response.status] ?? 0) + 1;
			if (response.ok) {
				if (!attempt.acknowledged) options.onAcknowledged?.(++acknowledged);
				attempt.acknowledged = true;
				if (answer.result?.total !== expectedResult(rp, attempt.choices).total) report.wrongScores.push(attempt.id);
			}
			return { status: response.status, total: answer.result?.total };
		} catch {
			report.networkErrors++;
			return { status: 'network' };
		}
	};

	/** Resends until some answer arrives (a server that is down or restarting is waited for). */
	const sendUntilAnswered = async (learner: SignedIn, attempt: SentAttempt): Promise<void> => {
		const deadline = Date.now() + (options.giveUpAfterMs ?? 30_000);
		while (Date.now() < deadline) {
			const answer = await send(learner, attempt);
			if (answer.status !== 'network' && answer.status < 500) return;
			await new Promise((resolve) => setTimeout(resolve, 100 + random() * 200));
		}
	};

	const submit = async (learner: SignedIn, attempt: SentAttempt): Promise<void> => {
		const r = random();
		if (r < 0.55) return sendUntilAnswered(learner, attempt);
		if (r < 0.75) {
			// The answer was lost on the way back: the player sends the same attempt again.
			await sendUntilAnswered(learner, attempt);
			return sendUntilAnswered(learner, attempt);
		}
		if (r < 0.9) {
			const copies = 2 + Math.floor(random() * 2);
			await Promise.all(Array.from({ length: copies }, () => sendUntilAnswered(learner, attempt)));
			return;
		}
		// The connection drops mid-request; whether the server stored it is unknown, so send again.
		await send(learner, attempt, Math.floor(random() * 4));
		return sendUntilAnswered(learner, attempt);
	};

	const learnerSession = async (learner: SignedIn) => {
		for (let i = 0; i < options.attemptsPerLearner; i++) {
			const rp = options.roleplays[Math.floor(random() * options.roleplays.length)];
			const attempt: SentAttempt = {
				id: crypto.randomUUID(),
				userId: learner.id,
				roleplay: rp,
				choices: randomPath(rp, random),
				acknowledged: false
			};
			report.attempts.push(attempt);
			await submit(learner, attempt);
		}
	};

	const queue = [...options.learners];
	const workers = Array.from({ length: Math.min(options.concurrency, queue.length) }, async () => {
		for (let learner = queue.shift(); learner; learner = queue.shift()) await learnerSession(learner);
	});
	await Promise.all(workers);
	report.elapsedMs = performance.now() - started;
	return report;
}

export function count5xx(report: LoadReport): number {
	return Object.entries(report.statuses)
		.filter(([status]) => Number(status) >= 500)
		.reduce((sum, [, n]) => sum + n, 0);
}

export function percentile(values: number[], p: number): number {
	if (values.length === 0) return 0;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
