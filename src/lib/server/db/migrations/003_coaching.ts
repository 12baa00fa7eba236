// Coaching: managers' comments on attempts and assignments to learners or whole teams, plus the
// covering indexes the team and role-play reports read from (so aggregates are index-only scans).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('attempt_comments')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('attempt_id', 'text', (c) => c.notNull().references('attempts.id').onDelete('cascade'))
		.addColumn('author_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('body', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('attempt_comments_attempt_idx')
		.on('attempt_comments')
		.columns(['attempt_id', 'created_at'])
		.execute();

	await db.schema
		.createTable('assignments')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('learner_id', 'text', (c) => c.references('users.id').onDelete('cascade'))
		.addColumn('team_id', 'text', (c) => c.references('teams.id').onDelete('cascade'))
		.addColumn('roleplay_id', 'text')
		.addColumn('course', 'text')
		.addColumn('module', 'text')
		.addColumn('required_percent', 'integer')
		.addColumn('due_on', 'text', (c) => c.notNull())
		.addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		// Exactly one assignee (a learner or a team) and exactly one thing to do (a role-play or a module).
		.addCheckConstraint('assignments_assignee_ck', sql`(learner_id is null) <> (team_id is null)`)
		.addCheckConstraint('assignments_target_ck', sql`(roleplay_id is null) <> (module is null)`)
		.execute();
	await db.schema.createIndex('assignments_learner_idx').on('assignments').column('learner_id').execute();
	await db.schema.createIndex('assignments_team_idx').on('assignments').column('team_id').execute();

	// The team overview groups a team's attempts by learner and role-play and reads percent: with it in
	// the index neither database touches the attempts table itself.
	await db.schema
		.createIndex('attempts_user_roleplay_percent_idx')
		.on('attempts')
		.columns(['user_id', 'roleplay_id', 'finished_at', 'percent', 'passed'])
		.execute();
	// Role-play analytics over everyone: count, pass rate, average and histogram from the index alone.
	await db.schema
		.createIndex('attempts_roleplay_percent_idx')
		.on('attempts')
		.columns(['roleplay_id', 'finished_at', 'percent', 'passed'])
		.execute();
}
