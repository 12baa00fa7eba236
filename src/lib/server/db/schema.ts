// Table types for Kysely. Conventions that hold on SQLite and PostgreSQL alike:
// ids are text (uuid strings), timestamps are ISO-8601 UTC text from Date#toISOString (fixed width,
// so they sort and compare as text), booleans are integers 0/1, JSON is text.
import type { Selectable } from 'kysely';
import type { Outcome } from '../../roleplay/types';
import type { Role } from '../../roles';
import type {
	AssignmentTable,
	AttemptCommentTable,
	ChoiceDayCountTable,
	LearnerSkillDayTable,
	RoleplayDayStatsTable
} from '../coaching/tables';

export type { Outcome, Role };

export interface TeamTable {
	id: string;
	name: string;
	created_at: string;
}

export interface UserTable {
	id: string;
	email: string;
	name: string;
	role: Role;
	/** the team a learner belongs to; null for staff */
	team_id: string | null;
	/** null until the person sets a password through an invite */
	password_hash: string | null;
	created_at: string;
	/** set while an admin has deactivated the person: no sign-in, no session, records kept */
	deactivated_at: string | null;
}

export interface TeamManagerTable {
	team_id: string;
	user_id: string;
}

export interface SessionTable {
	/** SHA-256 hex of the token in the cookie; the token itself is never stored */
	id: string;
	user_id: string;
	expires_at: string;
	created_at: string;
}

export interface InviteTable {
	/** SHA-256 hex of the token in the link */
	id: string;
	user_id: string;
	created_by: string | null;
	expires_at: string;
	used_at: string | null;
	created_at: string;
}

export interface SignInFailureTable {
	/** `account:<email> from <ip>` or `address:<ip>` */
	key: string;
	/** attempts let through to a password check since the window started, less the ones that proved right */
	failures: number;
	last_failure_at: string;
	/** a random id written by the attempt that was last let through (see auth/throttle.ts) */
	claim: string | null;
}

export interface RoleplayVersionTable {
	roleplay_id: string;
	version: string;
	title: string;
	source: string;
	first_served_at: string;
}

export interface AttemptTable {
	id: string;
	user_id: string;
	roleplay_id: string;
	version: string;
	started_at: string;
	finished_at: string;
	outcome: Outcome;
	ending: string;
	total: number;
	best: number;
	percent: number;
	passed: number;
	/** JSON object: the hidden variables at the ending */
	vars: string;
}

export interface AttemptSkillTable {
	attempt_id: string;
	skill: string;
	score: number;
	best: number;
	percent: number | null;
}

export interface AttemptChoiceTable {
	attempt_id: string;
	/** 0-based order in the attempt */
	seq: number;
	/** denormalised from attempts so per-step choice counts need no join */
	roleplay_id: string;
	step_id: string;
	position: number;
	line: string;
	/** JSON array of the engine's Effect */
	effects: string;
}

export interface ProgressDraftTable {
	user_id: string;
	roleplay_id: string;
	attempt_id: string;
	version: string;
	/** JSON array of positions */
	choices: string;
	started_at: string;
	updated_at: string;
}

export interface ModuleProgressTable {
	user_id: string;
	course: string;
	module: string;
	done_at: string;
}

export interface AppMetaTable {
	key: string;
	value: string;
}

export interface Database {
	teams: TeamTable;
	users: UserTable;
	team_managers: TeamManagerTable;
	sessions: SessionTable;
	invites: InviteTable;
	sign_in_failures: SignInFailureTable;
	roleplay_versions: RoleplayVersionTable;
	attempts: AttemptTable;
	attempt_skills: AttemptSkillTable;
	attempt_choices: AttemptChoiceTable;
	progress_drafts: ProgressDraftTable;
	module_progress: ModuleProgressTable;
	app_meta: AppMetaTable;
	attempt_comments: AttemptCommentTable;
	assignments: AssignmentTable;
	roleplay_day_stats: RoleplayDayStatsTable;
	choice_day_counts: ChoiceDayCountTable;
	learner_skill_days: LearnerSkillDayTable;
}

export type User = Selectable<UserTable>;
export type Team = Selectable<TeamTable>;
export type AttemptRow = Selectable<AttemptTable>;
