// Per-day rollups of every role-play's attempts (by percent bin) and of every choice picked, kept by
// triggers as attempts are stored, so analytics over everyone read a few thousand rows instead of
// scanning millions. Existing attempts are counted in once here.
import type { Kysely } from 'kysely';
import { backfillRoleplayRollups, createRollupTriggers } from '../../reports/rollups';

export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('roleplay_day_stats')
		.addColumn('roleplay_id', 'text', (c) => c.notNull())
		/** YYYY-MM-DD in the teams' time zone (src/lib/time-zone.ts) */
		.addColumn('day', 'text', (c) => c.notNull())
		.addColumn('bin', 'integer', (c) => c.notNull())
		.addColumn('attempts', 'integer', (c) => c.notNull())
		.addColumn('passed', 'integer', (c) => c.notNull())
		.addColumn('percent_sum', 'integer', (c) => c.notNull())
		.addPrimaryKeyConstraint('roleplay_day_stats_pk', ['roleplay_id', 'day', 'bin'])
		.execute();
	await db.schema
		.createTable('choice_day_counts')
		.addColumn('roleplay_id', 'text', (c) => c.notNull())
		.addColumn('day', 'text', (c) => c.notNull())
		.addColumn('step_id', 'text', (c) => c.notNull())
		.addColumn('position', 'integer', (c) => c.notNull())
		.addColumn('picked', 'integer', (c) => c.notNull())
		.addPrimaryKeyConstraint('choice_day_counts_pk', ['roleplay_id', 'day', 'step_id', 'position'])
		.execute();
	await createRollupTriggers(db);
	await backfillRoleplayRollups(db);
	// Analytics over everyone now read the rollups; this index from 003 would only slow down writes.
	await db.schema.dropIndex('attempts_roleplay_percent_idx').execute();
}
