// Fresh, migrated databases for tests: a temporary SQLite file always, and a throwaway schema on the
// PostgreSQL that TEST_DATABASE_URL names when it is set.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { connect, type Connection, type Dialect } from './connect';
import { migrateToLatest } from './migrate';

export const postgresUrl = process.env.TEST_DATABASE_URL;
export const postgresSkipReason = postgresUrl
	? ''
	: 'PostgreSQL tests skipped: set TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test to run them';

if (!postgresUrl) console.warn(postgresSkipReason);

/** For `describe.each`: `title` names the database, or says why the PostgreSQL run is skipped. */
export const dialects: { dialect: Dialect; skip: boolean; title: string }[] = [
	{ dialect: 'sqlite', skip: false, title: 'a temporary SQLite file' },
	{ dialect: 'postgres', skip: !postgresUrl, title: postgresUrl ? 'a throwaway PostgreSQL schema' : postgresSkipReason }
];

export interface TestDatabase extends Connection {
	/** the environment that points the app's own `db` at this database */
	env: Record<string, string>;
	close(): Promise<void>;
}

export async function openTestDatabase(dialect: Dialect): Promise<TestDatabase> {
	const opened = dialect === 'sqlite' ? openSqlite() : await openPostgres();
	await migrateToLatest(opened.db, opened.schema);
	return opened;
}

function openSqlite(): TestDatabase {
	const dir = mkdtempSync(join(tmpdir(), 'peilian-test-'));
	const path = join(dir, 'test.sqlite');
	const connection = connect({ path });
	return {
		...connection,
		env: { DATABASE_URL: '', DATABASE_PATH: path, DATABASE_SCHEMA: '' },
		async close() {
			await connection.db.destroy();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

async function openPostgres(): Promise<TestDatabase> {
	const schema = `peilian_test_${randomBytes(6).toString('hex')}`;
	await adminQuery(`create schema ${schema}`);
	const connection = connect({ url: postgresUrl, schema, poolSize: 12 });
	return {
		...connection,
		env: { DATABASE_URL: postgresUrl!, DATABASE_PATH: '', DATABASE_SCHEMA: schema },
		async close() {
			await connection.db.destroy();
			await adminQuery(`drop schema ${schema} cascade`);
		}
	};
}

/** One statement on the test server's own database (creating and dropping throwaway schemas and databases). */
export async function adminQuery(text: string): Promise<void> {
	const client = new pg.Client({ connectionString: postgresUrl });
	await client.connect();
	try {
		await client.query(text);
	} finally {
		await client.end();
	}
}
