// Opens the database the environment names: PostgreSQL when DATABASE_URL is a postgres URL,
// otherwise an embedded SQLite file. Nothing is opened until the first query, so importing this
// module (as the build's analysis does) creates no file and no connection.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresAdapter, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema';

export interface DatabaseOptions {
	/** postgres://... ; unset means SQLite */
	url?: string;
	/** SQLite file, default data/peilian.sqlite */
	path?: string;
	/** PostgreSQL schema to use instead of public (DATABASE_SCHEMA; tests run each in their own) */
	schema?: string;
	poolSize?: number;
}

export type Dialect = 'sqlite' | 'postgres';

export interface Connection {
	db: Kysely<Database>;
	dialect: Dialect;
	/** the PostgreSQL schema the tables live in (none for SQLite) */
	schema?: string;
}

export function optionsFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseOptions {
	return {
		url: env.DATABASE_URL || undefined,
		path: env.DATABASE_PATH || undefined,
		schema: env.DATABASE_SCHEMA || undefined,
		poolSize: env.DATABASE_POOL_SIZE ? Number(env.DATABASE_POOL_SIZE) : undefined
	};
}

export function connect(options: DatabaseOptions): Connection {
	if (options.url && /^postgres(ql)?:\/\//.test(options.url)) {
		return {
			db: new Kysely<Database>({ dialect: postgresDialect(options) }),
			dialect: 'postgres',
			schema: options.schema ?? 'public'
		};
	}
	return { db: new Kysely<Database>({ dialect: sqliteDialect(options.path) }), dialect: 'sqlite' };
}

/** For the few statements that differ between the two (the rollups' triggers and day arithmetic). */
export function isPostgres<DB>(db: Kysely<DB>): boolean {
	return db.getExecutor().adapter instanceof PostgresAdapter;
}

function postgresDialect(options: DatabaseOptions): PostgresDialect {
	return new PostgresDialect({
		pool: async () => {
			const pool = new pg.Pool({
				connectionString: options.url,
				max: options.poolSize ?? 10,
				options: options.schema ? `-c search_path=${options.schema}` : undefined
			});
			// PostgreSQL dropping an idle connection (a restart, a failover) must not end the process:
			// without a listener the pool's 'error' event is thrown. The pool opens a new one when needed.
			pool.on('error', (error) => console.error(`database: an idle connection was lost (${error.message})`));
			return pool;
		}
	});
}

function sqliteDialect(path = 'data/peilian.sqlite'): SqliteDialect {
	return new SqliteDialect({
		database: async () => {
			if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
			const sqlite = new SQLite(path);
			sqlite.pragma('journal_mode = WAL');
			// An acknowledged attempt must survive a crash of the machine, not only of the process.
			sqlite.pragma('synchronous = FULL');
			sqlite.pragma('foreign_keys = ON');
			sqlite.pragma('busy_timeout = 5000');
			return withStatementCache(sqlite);
		}
	});
}

/**
 * Kysely prepares every query anew; the app sends the same few hundred statements over and over, so each
 * is prepared once. Safe because Kysely runs one query at a time on this one connection.
 */
function withStatementCache(sqlite: SQLite.Database, limit = 500): SQLite.Database {
	const prepare = sqlite.prepare.bind(sqlite);
	const cache = new Map<string, SQLite.Statement>();
	sqlite.prepare = ((source: string) => {
		let statement = cache.get(source);
		if (!statement) {
			statement = prepare(source);
			cache.set(source, statement);
			if (cache.size > limit) cache.delete(cache.keys().next().value!);
		}
		return statement;
	}) as SQLite.Database['prepare'];
	return sqlite;
}
