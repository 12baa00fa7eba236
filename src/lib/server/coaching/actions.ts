// The form actions behind coaching: comment on an attempt, assign work, withdraw an assignment.
// Each parses the form with its schema and asks the guard before it writes.
import { fail, type RequestEvent } from '@sveltejs/kit';
import { findModule, findRoleplay } from '$lib/content/index.server';
import { requireAttemptAccess, requireCoachOf, requireCoachedTeams, requireManagerOf } from '../auth/guard';
import { db } from '../db';
import { assigneeOf, assignmentInput, createAssignment, deleteAssignment, today } from './assignments';
import { addComment, commentInput } from './comments';

type Event = Pick<RequestEvent, 'locals' | 'request'>;

const fields = (form: FormData) =>
	Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === 'string' && v !== '')) as Record<
		string,
		string
	>;

export async function commentAction({ locals, request }: Event) {
	const parsed = commentInput.safeParse(fields(await request.formData()));
	if (!parsed.success) return fail(400, { comment: { error: 'invalid' as const } });
	const learnerId = await requireAttemptAccess(db, locals, parsed.data.attempt);
	const coach = await requireCoachOf(db, locals, learnerId);
	await addComment(db, coach.id, parsed.data.attempt, parsed.data.body);
	return { comment: { saved: parsed.data.attempt } };
}

export async function assignAction({ locals, request }: Event) {
	const { assignee = '', ...rest } = fields(await request.formData());
	const [who, id] = assignee.split(':');
	const parsed = assignmentInput.safeParse({ ...rest, [who === 'team' ? 'team' : 'learner']: id });
	if (!parsed.success) return fail(400, { assign: { error: 'invalid' as const } });
	const input = parsed.data;
	const [course, slug] = input.kind === 'module' ? input.module.split('/') : [];
	const roleplay = input.kind === 'roleplay' ? findRoleplay(input.roleplay) : undefined;
	if (!(roleplay ?? findModule(course, slug))) return fail(400, { assign: { error: 'unknown' as const } });
	const coach =
		'team' in input ? await requireManagerOf(db, locals, input.team) : await requireCoachOf(db, locals, input.learner);
	// A date in the past would make the work overdue the moment it is given.
	if (input.due < today()) return fail(400, { assign: { error: 'past' as const } });
	// Left empty, the percent to reach is the role-play's own pass mark.
	if (input.kind === 'roleplay' && input.required === undefined) input.required = roleplay?.pass;
	await createAssignment(db, coach.id, input);
	return { assign: { saved: true } };
}

export async function unassignAction({ locals, request }: Event) {
	const id = String((await request.formData()).get('id') ?? '');
	const { teams } = await requireCoachedTeams(db, locals);
	const assignee = await assigneeOf(db, id);
	if (!assignee) return fail(404, { unassign: { error: 'missing' as const } });
	if ('team' in assignee) {
		if (!teams.some((t) => t.id === assignee.team)) return fail(403, { unassign: { error: 'forbidden' as const } });
	} else {
		await requireCoachOf(db, locals, assignee.learner);
	}
	await deleteAssignment(db, id);
	return { unassign: { done: true } };
}
