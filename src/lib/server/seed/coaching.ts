// What a demo team's manager has done by the time anyone signs in: a role-play assigned two weeks ago and
// due three days ago (some learners made it, some are overdue), another due next week, and a comment on
// the latest attempt of the learner who practised last, about the skill that attempt scored lowest on.
import type { Kysely } from 'kysely';
import type { Roleplay } from '../../roleplay';
import { createAssignment, today } from '../coaching/assignments';
import { addComment } from '../coaching/comments';
import type { Database } from '../db/schema';

const day = 24 * 60 * 60 * 1000;

export interface DemoTeamCoaching {
	teamId: string;
	managerId: string;
	roleplays: Roleplay[];
	/** index into demoTeams */
	team: number;
}

// The retail team practises showroom objections, the key-account team its own kind of customer.
const practice = [
	['price-too-high', 'cheaper-elsewhere'],
	['bank-key-account', 'telecom-retention']
];

export async function seedCoaching(db: Kysely<Database>, team: DemoTeamCoaching, nowMs: number): Promise<void> {
	const { roleplays, managerId, teamId } = team;
	if (roleplays.length === 0) return;
	const dayOn = (offset: number) => today(new Date(nowMs + offset * day));
	const pick = (i: number) => roleplays.find((r) => r.id === practice[team.team]?.[i]) ?? roleplays[(team.team * 2 + i) % roleplays.length];

	const pastDue = await createAssignment(db, managerId, { kind: 'roleplay', roleplay: pick(0).id, team: teamId, due: dayOn(-3), required: 70 });
	// Assigned two weeks ago, so the attempts made since then count towards it.
	await db.updateTable('assignments').set({ created_at: new Date(nowMs - 14 * day).toISOString() }).where('id', '=', pastDue).execute();
	await createAssignment(db, managerId, { kind: 'roleplay', roleplay: pick(1).id, team: teamId, due: dayOn(7), required: 60 });

	const latest = await db
		.selectFrom('attempts as a')
		.innerJoin('users as u', 'u.id', 'a.user_id')
		.select(['a.id', 'a.roleplay_id', 'a.finished_at'])
		.where('u.team_id', '=', teamId)
		.orderBy('a.finished_at', 'desc')
		.limit(1)
		.executeTakeFirst();
	if (!latest) return;
	const weakest = await db
		.selectFrom('attempt_skills')
		.select(['skill', 'percent'])
		.where('attempt_id', '=', latest.id)
		.where('percent', 'is not', null)
		.orderBy('percent')
		.limit(1)
		.executeTakeFirst();
	const rp = roleplays.find((r) => r.id === latest.roleplay_id);
	const skill = weakest && rp ? (rp.skills[weakest.skill] ?? weakest.skill) : null;
	const body = skill
		? `这次「${skill}」只拿到 ${weakest!.percent}%。打开复盘,对照高手在那一步是怎么说的,把那句话用自己的话写下来;周四例会我们当场再练一遍。`
		: '整体节奏不错。打开复盘看看每一步的最佳说法,周四例会我们再练一遍。';
	const id = await addComment(db, managerId, latest.id, body);
	// Written the morning after the attempt, as a manager reviewing the week would.
	const written = new Date(Math.min(nowMs, Date.parse(latest.finished_at) + 12 * 60 * 60 * 1000)).toISOString();
	await db.updateTable('attempt_comments').set({ created_at: written }).where('id', '=', id).execute();
}
