// Whether the database answers a real query on the app's schema within a couple of seconds.
import { db } from '../db';

const timeoutMs = 2000;

export async function databaseReachable(): Promise<boolean> {
	const query = db.selectFrom('app_meta').select('key').limit(1).execute();
	const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), timeoutMs).unref());
	try {
		await Promise.race([query, timeout]);
		return true;
	} catch {
		query.catch(() => {});
		return false;
	}
}
