// A fresh database for each server under test: a SQLite file in a temporary folder, or a PostgreSQL
// database created for the test on the server TEST_DATABASE_URL names, dropped afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { connect, type Connection, type Dialect } from '../../../src/lib/server/db/connect';
import { adminQuery } from '../../../src/lib/server/db/test-databases';

export const postgresUrl = process.env.TEST_DATABASE_URL;
export const postgresSkipReason =
	'PostgreSQL reliability tests skipped: set TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test to run them';

export const dialects: { dialect: Dialect; skip: boolean }[] = [
	{ dialect: 'sqlite', skip: false },
	{ dialect: 'postgres', skip: !postgresUrl }
];

export interface TestDatabaseUrl {
	url?: string;
	path?: string;
}

export interface ScratchDatabase extends TestDatabaseUrl {
	dialect: Dialect;
	/** a connection of the test's own, to inspect what the server stored */
	open(): Connection;
	drop(): Promise<void>;
}

export async function scratchDatabase(dialect: Dialect): Promise<ScratchDatabase> {
	const opened: Connection[] = [];
	const closeAll = () => Promise.all(opened.map((c) => c.db.destroy()));
	if (dialect === 'sqlite') {
		const dir = mkdtempSync(join(tmpdir(), 'peilian-rel-'));
		const path = join(dir, 'app.sqlite');
		return {
			dialect,
			path,
			open: () => remember(opened, connect({ path })),
			async drop() {
				await closeAll();
				rmSync(dir, { recursive: true, force: true });
			}
		};
	}
	if (!postgresUrl) throw new Error(postgresSkipReason);
	const name = `peilian_rel_${randomBytes(5).toString('hex')}`;
	await adminQuery(`create database ${name}`);
	const url = new URL(postgresUrl);
	url.pathname = `/${name}`;
	return {
		dialect,
		url: url.toString(),
		open: () => remember(opened, connect({ url: url.toString(), poolSize: 4 })),
		async drop() {
			await closeAll();
			await adminQuery(`drop database if exists ${name} with (force)`);
		}
	};
}

function remember(list: Connection[], connection: Connection): Connection {
	list.push(connection);
	return connection;
}
