// At most a few scrypt computations at once: each takes a fraction of a second of a core and tens of MB,
// and a burst of sign-ins would otherwise start one per request, starving every other request of the
// thread pool. Past a short queue, sign-ins are refused (429) rather than left to wait without end.
import { availableParallelism } from 'node:os';

export class WorkQueue {
	#running = 0;
	readonly #waiting: (() => void)[] = [];

	constructor(
		readonly concurrency: number,
		readonly maxWaiting: number
	) {}

	/** Whether a new piece of work would have to wait beyond the queue's length. */
	get full(): boolean {
		return this.#running >= this.concurrency && this.#waiting.length >= this.maxWaiting;
	}

	async run<T>(work: () => Promise<T>): Promise<T> {
		if (this.#running < this.concurrency) this.#running++;
		else await new Promise<void>((resolve) => this.#waiting.push(resolve));
		try {
			return await work();
		} finally {
			// The slot passes straight to the next in line, so no newcomer can jump the queue.
			const next = this.#waiting.shift();
			if (next) next();
			else this.#running--;
		}
	}
}

// A queue of eight checks per core is about two seconds' wait at most.
export const passwordWork = new WorkQueue(availableParallelism(), 8 * availableParallelism());
