// Brings the schema up to date; safe to run from several processes at once (Kysely takes a lock).
import { Migrator, type Kysely } from 'kysely';
import { migrations } from './migrations';
import type { Database } from './schema';

/**
 * `schema` is the PostgreSQL schema the tables live in. Without it Kysely takes a migration table in any
 * schema of the database as its own (a test's throwaway schema, say) and then cannot find it.
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
