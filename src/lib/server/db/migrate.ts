// Brings the schema up to date; safe to run from several processes at once (Kysely takes a lock).
import { Migrator, type Kysely } from 'kysely';
import { migrations } from './migrations';
import type { Database } from './schema';

/**
 * `schema` names the PostgreSQL schema the connection's search_path points at, if not public: Kysely
 * otherwise looks for its own bookkeeping tables in every schema, and takes another test run's for this one's.
 */
export async function migrateToLatest(db: Kysely<Database>, schema?: string): Promise<string[]> {
	const migrator = new Migrator({
		db,
		provider: { getMigrations: async () => migrations },
		migrationTableSchema: schema
	});
	const { error, results = [] } = await migrator.migrateToLatest();
	if (error) throw error instanceof Error ? error : new Error(String(error));
	return results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
