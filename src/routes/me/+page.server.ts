import { courseProgress, findRoleplay, firstSteps, skillLabels } from '$lib/content/index.server';
import { db } from '$lib/server/db';
import { requireSignedIn } from '$lib/server/auth/guard';
import { modulesDone } from '$lib/server/progress/modules';
import { attemptsOf, bestScores, skillsByWeek } from '$lib/server/progress/record';
import { myAssignments, myComments } from '$lib/server/coaching/mine';
import { formatDateTime } from '$lib/time-format';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireSignedIn(locals, url);
	const [attempts, best, skills, done, assignments, comments] = await Promise.all([
		attemptsOf(db, user.id),
		bestScores(db, user.id),
		skillsByWeek(db, user.id),
		modulesDone(db, user.id),
		myAssignments(user.id),
		myComments(user.id)
	]);
	return {
		name: user.name,
		assignments,
		comments,
		attempts: attempts.map((a) => ({ ...a, when: formatDateTime(a.finishedAt) })),
		best: best.map((b) => ({
			...b,
			last: formatDateTime(b.last),
			title:
				findRoleplay(b.roleplayId)?.title ?? attempts.find((a) => a.roleplayId === b.roleplayId)?.title ?? b.roleplayId
		})),
		skills: {
			weeks: skills.weeks,
			series: Object.entries(skills.skills).map(([key, values]) => ({ label: skillLabels[key] ?? key, values }))
		},
		courses: courseProgress(done),
		firstSteps: attempts.length === 0 && Object.keys(done).length === 0 ? firstSteps() : null
	};
};
