// Role-play versions, attempts with their per-skill scores and choices, drafts and course progress.
// Indexes serve the coaching queries: a learner's attempts per role-play, a role-play's attempts over
// time, a team's attempts through users(team_id), and per-step choice counts.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('roleplay_versions')
		.addColumn('roleplay_id', 'text', (c) => c.notNull())
		.addColumn('version', 'text', (c) => c.notNull())
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('source', 'text', (c) => c.notNull())
		.addColumn('first_served_at', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('roleplay_versions_pk', ['roleplay_id', 'version'])
		.execute();

	await db.schema
		.createTable('attempts')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('roleplay_id', 'text', (c) => c.notNull())
		.addColumn('version', 'text', (c) => c.notNull())
		.addColumn('started_at', 'text', (c) => c.notNull())
		.addColumn('finished_at', 'text', (c) => c.notNull())
		.addColumn('outcome', 'text', (c) => c.notNull())
		.addColumn('ending', 'text', (c) => c.notNull())
		.addColumn('total', 'integer', (c) => c.notNull())
		.addColumn('best', 'integer', (c) => c.notNull())
		.addColumn('percent', 'integer', (c) => c.notNull())
		.addColumn('passed', 'integer', (c) => c.notNull())
		.addColumn('vars', 'text', (c) => c.notNull())
		.addForeignKeyConstraint('attempts_version_fk', ['roleplay_id', 'version'], 'roleplay_versions', [
			'roleplay_id',
			'version'
		])
		.execute();
	await db.schema
		.createIndex('attempts_user_roleplay_idx')
		.on('attempts')
		.columns(['user_id', 'roleplay_id', 'finished_at'])
		.execute();
	await db.schema
		.createIndex('attempts_user_finished_idx')
		.on('attempts')
		.columns(['user_id', 'finished_at'])
		.execute();
	await db.schema
		.createIndex('attempts_roleplay_finished_idx')
		.on('attempts')
		.columns(['roleplay_id', 'finished_at'])
		.execute();

	await db.schema
		.createTable('attempt_skills')
		.addColumn('attempt_id', 'text', (c) => c.notNull().references('attempts.id').onDelete('cascade'))
		.addColumn('skill', 'text', (c) => c.notNull())
		.addColumn('score', 'integer', (c) => c.notNull())
		.addColumn('best', 'integer', (c) => c.notNull())
		.addColumn('percent', 'integer')
		.addPrimaryKeyConstraint('attempt_skills_pk', ['attempt_id', 'skill'])
		.execute();

	await db.schema
		.createTable('attempt_choices')
		.addColumn('attempt_id', 'text', (c) => c.notNull().references('attempts.id').onDelete('cascade'))
		.addColumn('seq', 'integer', (c) => c.notNull())
		.addColumn('roleplay_id', 'text', (c) => c.notNull())
		.addColumn('step_id', 'text', (c) => c.notNull())
		.addColumn('position', 'integer', (c) => c.notNull())
		.addColumn('line', 'text', (c) => c.notNull())
		.addColumn('effects', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('attempt_choices_pk', ['attempt_id', 'seq'])
		.execute();
	await db.schema
		.createIndex('attempt_choices_step_idx')
		.on('attempt_choices')
		.columns(['roleplay_id', 'step_id', 'position'])
		.execute();

	await db.schema
		.createTable('progress_drafts')
		.addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('roleplay_id', 'text', (c) => c.notNull())
		.addColumn('attempt_id', 'text', (c) => c.notNull())
		.addColumn('version', 'text', (c) => c.notNull())
		.addColumn('choices', 'text', (c) => c.notNull())
		.addColumn('started_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('progress_drafts_pk', ['user_id', 'roleplay_id'])
		.execute();

	await db.schema
		.createTable('module_progress')
		.addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('course', 'text', (c) => c.notNull())
		.addColumn('module', 'text', (c) => c.notNull())
		.addColumn('done_at', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('module_progress_pk', ['user_id', 'course', 'module'])
		.execute();
}
