// Brings the schema up to date; safe to run from several processes at once (Kysely takes a lock).
import { Migrator, sql, type Kysely } from 'kysely';
import { isPostgres } from './connect';
import { migrations } from './migrations';
import type { Database } from './schema';

export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
	const migrator = new Migrator({
		db,
		provider: { getMigrations: async () => migrations },
		migrationTableSchema: await ownSchema(db)
	});
	const { error, results = [] } = await migrator.migrateToLatest();
	if (error) throw error instanceof Error ? error : new Error(String(error));
	return results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/**
 * The PostgreSQL schema the connection works in. Named, because Kysely otherwise takes migration tables
 * found in any schema of the database for its own, and skips creating them in a fresh schema beside
 * another app's (or another test's).
 */
async function ownSchema(db: Kysely<Database>): Promise<string | undefined> {
	if (!isPostgres(db)) return undefined;
	const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
	return rows[0].schema;
}
