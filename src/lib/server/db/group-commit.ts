// Group commit for SQLite: every commit waits for the disk (synchronous = FULL), and one connection
// serves every request, so under load writes that arrive together share one transaction and one sync.
// Each keeps its own savepoint, so one that fails is rolled back alone; none is acknowledged before the
// commit that makes it durable. PostgreSQL has a pool and commits concurrently: there a write is a
// transaction of its own.
import { sql, type Kysely } from 'kysely';
import { isPostgres } from './connect';
import type { Database } from './schema';

type Work<T> = (trx: Kysely<Database>) => Promise<T>;

interface Job {
	work: Work<unknown>;
	outcome?: { ok: true; value: unknown } | { ok: false; error: unknown };
	resolve(value: unknown): void;
	reject(error: unknown): void;
}

interface Queue {
	waiting: Job[];
	flushing: boolean;
}

const queues = new WeakMap<Kysely<Database>, Queue>();

/** Runs `work` in a transaction shared with the writes queued at the same time; `work` must use only `trx`. */
export function writeTogether<T>(db: Kysely<Database>, work: Work<T>): Promise<T> {
	if (isPostgres(db)) return db.transaction().execute(work);
	let queue = queues.get(db);
	if (!queue) queues.set(db, (queue = { waiting: [], flushing: false }));
	const q = queue;
	return new Promise<T>((resolve, reject) => {
		q.waiting.push({ work, resolve: resolve as (value: unknown) => void, reject });
		if (!q.flushing) {
			q.flushing = true;
			setImmediate(() => void flush(db, q));
		}
	});
}

async function flush(db: Kysely<Database>, queue: Queue): Promise<void> {
	const batch = queue.waiting.splice(0);
	try {
		await db.transaction().execute(async (trx) => {
			for (const job of batch) job.outcome = await inSavepoint(trx, job.work);
		});
		for (const job of batch) {
			if (job.outcome!.ok) job.resolve(job.outcome!.value);
			else job.reject(job.outcome!.error);
		}
	} catch (error) {
		for (const job of batch) job.reject(error);
	}
	if (queue.waiting.length) setImmediate(() => void flush(db, queue));
	else queue.flushing = false;
}

async function inSavepoint(trx: Kysely<Database>, work: Work<unknown>): Promise<Job['outcome']> {
	await sql`savepoint grouped_write`.execute(trx);
	try {
		const value = await work(trx);
		await sql`release grouped_write`.execute(trx);
		return { ok: true, value };
	} catch (error) {
		await sql`rollback to grouped_write`.execute(trx);
		await sql`release grouped_write`.execute(trx);
		return { ok: false, error };
	}
}
