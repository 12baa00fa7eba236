// A token bucket per key: `limit` requests at once, refilled evenly over a minute. It lives in process
// memory on purpose: it only protects this process from a runaway client, no record depends on it.
export interface Bucket {
	tokens: number;
	at: number;
}

export class RateLimit {
	readonly #buckets = new Map<string, Bucket>();

	constructor(readonly perMinute: number) {}

	/** 0 when the request may go ahead, else the seconds to wait. */
	take(key: string, nowMs = Date.now()): number {
		const refill = this.perMinute / 60_000;
		const bucket = this.#buckets.get(key) ?? { tokens: this.perMinute, at: nowMs };
		bucket.tokens = Math.min(this.perMinute, bucket.tokens + (nowMs - bucket.at) * refill);
		bucket.at = nowMs;
		this.#buckets.set(key, bucket);
		if (this.#buckets.size > 100_000) this.#forgetFull(nowMs);
		if (bucket.tokens >= 1) {
			bucket.tokens -= 1;
			return 0;
		}
		return Math.ceil((1 - bucket.tokens) / refill / 1000);
	}

	#forgetFull(nowMs: number): void {
		for (const [key, bucket] of this.#buckets) {
			if (bucket.tokens + (nowMs - bucket.at) * (this.perMinute / 60_000) >= this.perMinute) this.#buckets.delete(key);
		}
	}
}
