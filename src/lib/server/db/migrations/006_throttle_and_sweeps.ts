// Sign-in attempts are counted before the password is checked: the row remembers which attempt last
// got through (`claim`), so each of a burst of parallel attempts learns from one statement whether it
// was the one let through. Indexes let the hourly sweep find expired sessions and invites without
// reading every row.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema.alterTable('sign_in_failures').addColumn('claim', 'text').execute();
	await db.schema.createIndex('sessions_expires_idx').on('sessions').column('expires_at').execute();
	await db.schema.createIndex('sessions_created_idx').on('sessions').column('created_at').execute();
	await db.schema.createIndex('invites_expires_idx').on('invites').column('expires_at').execute();
	await db.schema.createIndex('sign_in_failures_last_idx').on('sign_in_failures').column('last_failure_at').execute();
}
