// An admin can deactivate a person rather than delete them: they cannot sign in, but every attempt,
// comment and assignment of theirs stays in the reports. Null while the person is active.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema.alterTable('users').addColumn('deactivated_at', 'text').execute();
}
