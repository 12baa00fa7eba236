// Table types of the coaching migrations (003_coaching, 004_report_rollups), joined into the app's Database in db/schema.ts.

export interface AttemptCommentTable {
	id: string;
	attempt_id: string;
	author_id: string;
	body: string;
	created_at: string;
}

export interface AssignmentTable {
	id: string;
	/** exactly one of learner_id and team_id is set */
	learner_id: string | null;
	team_id: string | null;
	/** exactly one of roleplay_id and (course, module) is set */
	roleplay_id: string | null;
	course: string | null;
	module: string | null;
	/** role-plays only: the percent a learner must reach */
	required_percent: number | null;
	/** YYYY-MM-DD: the last day it counts as on time */
	due_on: string;
	created_by: string | null;
	created_at: string;
}

/** Per role-play, day (in the teams' time zone) and tenth of percent: how many attempts, passed, and their percents summed. */
export interface RoleplayDayStatsTable {
	roleplay_id: string;
	day: string;
	bin: number;
	attempts: number;
	passed: number;
	percent_sum: number;
}

/** Per learner, day (in the teams' time zone) and skill: how many attempts scored it, and their percents summed. */
export interface LearnerSkillDayTable {
	user_id: string;
	day: string;
	skill: string;
	attempts: number;
	percent_sum: number;
}

/** Per role-play, day (in the teams' time zone), step and choice position: how many times it was picked. */
export interface ChoiceDayCountTable {
	roleplay_id: string;
	day: string;
	step_id: string;
	position: number;
	picked: number;
}
