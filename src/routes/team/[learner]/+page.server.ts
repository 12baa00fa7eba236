import { error } from '@sveltejs/kit';
import { courseProgress, courses, roleplays, skillLabels } from '$lib/content/index.server';
import { effectLabels } from '$lib/outcomes';
import { describeEffect } from '$lib/roleplay';
import { requireCoachOf, requireSignedIn } from '$lib/server/auth/guard';
import { assignmentsFor, today } from '$lib/server/coaching/assignments';
import { assignAction, commentAction, unassignAction } from '$lib/server/coaching/actions';
import { commentsByAttempt } from '$lib/server/coaching/comments';
import { db } from '$lib/server/db';
import { modulesDone } from '$lib/server/progress/modules';
import { dateRange } from '$lib/server/reports/filters';
import { learnerAttempts, learnerProfile, skillComparison, transcripts } from '$lib/server/reports/learner';
import { assignableTargets, assignmentSummaries } from '$lib/server/reports/team-view';
import { z } from 'zod';
import { formatDateTime, wallClock } from '$lib/time-format';
import type { Actions, PageServerLoad } from './$types';

/** Transcripts shown in full at first; each "earlier" link shows this many more, up to a limit. */
const transcriptPage = 30;
const pagesAtMost = 20;
const shownPages = z.coerce.number().int().min(1).max(pagesAtMost).catch(1);
/** The chart shows at least this many of the latest attempts in the range. */
const chartAttempts = 200;

function earlierHref(url: URL, pages: number): string {
	const params = new URLSearchParams(url.searchParams);
	params.set('pages', String(pages));
	return `?${params}#attempt-${(pages - 1) * transcriptPage}`;
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireSignedIn(locals, url);
	await requireCoachOf(db, locals, params.learner);
	const learner = await learnerProfile(db, params.learner);
	if (!learner) error(404, 'No such learner');
	const range = dateRange(url.searchParams);
	const pages = shownPages.parse(url.searchParams.get('pages') ?? undefined);
	const [attempts, skills, done, assigned] = await Promise.all([
		learnerAttempts(db, learner.id, range, Math.max(chartAttempts, pages * transcriptPage + 1)),
		skillComparison(db, learner.id, learner.team_id, range),
		modulesDone(db, learner.id),
		assignmentsFor(db, learner.id, today())
	]);
	const shown = attempts.slice(0, pages * transcriptPage);
	const [lines, comments] = await Promise.all([
		transcripts(db, shown),
		commentsByAttempt(
			db,
			shown.map((a) => a.id)
		)
	]);
	const labels = effectLabels(skillLabels);
	return {
		learner: { id: learner.id, name: learner.name, team: learner.team_name },
		range: { from: range.from ?? '', to: range.to ?? '' },
		today: today(),
		attempts: attempts.map((a) => ({ ...a, when: formatDateTime(a.finishedAt), localAt: wallClock(a.finishedAt) })),
		skills: skills.map((s) => ({ ...s, label: skillLabels[s.skill] ?? s.skill })),
		transcripts: shown.map((a) => ({
			...a,
			when: formatDateTime(a.finishedAt),
			choices: (lines.get(a.id) ?? []).map((c) => ({
				...c,
				effects: c.effects.map((e) => describeEffect(e, labels)),
				better: c.better && { ...c.better, effects: c.better.effects.map((e) => describeEffect(e, labels)) }
			})),
			comments: comments.get(a.id) ?? []
		})),
		// Whether there are earlier attempts, and the address that shows the next page of them.
		earlier: attempts.length > shown.length && pages < pagesAtMost ? earlierHref(url, pages + 1) : null,
		courses: courseProgress(done),
		assignments: assignmentSummaries(assigned, Object.values(roleplays), courses),
		targets: assignableTargets(Object.values(roleplays), courses)
	};
};

export const actions: Actions = {
	comment: commentAction,
	assign: assignAction,
	unassign: unassignAction
};
