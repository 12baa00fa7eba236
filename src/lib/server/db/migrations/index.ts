// Every migration, in order, for both dialects. Listed here (not read from a folder) so the built
// server carries them; a new migration is a new numbered file, appended here.
import type { Migration } from 'kysely';
import * as accounts from './001_accounts';
import * as attempts from './002_attempts';
import * as coaching from './003_coaching';
import * as rollups from './004_report_rollups';
import * as learnerSkills from './005_learner_skills';
import * as throttleAndSweeps from './006_throttle_and_sweeps';
import * as deactivatedPeople from './007_deactivated_people';

export const migrations: Record<string, Migration> = {
	'001_accounts': accounts,
	'002_attempts': attempts,
	'003_coaching': coaching,
	'004_report_rollups': rollups,
	'005_learner_skills': learnerSkills,
	'006_throttle_and_sweeps': throttleAndSweeps,
	'007_deactivated_people': deactivatedPeople
};
