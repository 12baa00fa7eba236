// What a learner's own pages show of coaching: their assignments with titles and state, and the
// comments their managers wrote on their attempts.
import { formatDate } from '$lib/time-format';
import { courses, roleplays } from '$lib/content/index.server';
import { db } from '../db';
import { targetTitle } from '../reports/team-view';
import { assignmentsFor, today } from './assignments';
import { commentsForAttempt, commentsForLearner } from './comments';

export interface MyAssignment {
	id: string;
	title: string;
	href: string;
	dueOn: string;
	/** the due day as the reader reads dates */
	due: string;
	requiredPercent: number | null;
	best: number | null;
	state: 'done' | 'overdue' | 'open';
}

export async function myAssignments(userId: string): Promise<MyAssignment[]> {
	const statuses = await assignmentsFor(db, userId, today());
	return statuses.map((s) => ({
		id: s.id,
		...targetTitle(s, Object.values(roleplays), courses),
		dueOn: s.dueOn,
		due: formatDate(s.dueOn),
		requiredPercent: s.requiredPercent,
		best: s.best,
		state: s.state
	}));
}

export async function myComments(userId: string) {
	const comments = await commentsForLearner(db, userId);
	return comments.map((c) => ({ ...c, title: roleplays[c.roleplayId]?.title ?? c.roleplayId }));
}

/** What coaches said about the learner's earlier attempts at one role-play, for its briefing and debrief. */
export function coachNotesOn(userId: string, roleplayId: string) {
	return commentsForLearner(db, userId, { roleplayId, limit: 5 });
}

/** The comments on one attempt, for its debrief. */
export function attemptComments(attemptId: string) {
	return commentsForAttempt(db, attemptId);
}
