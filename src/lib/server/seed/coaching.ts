// What a demo team's manager has done by the time anyone signs in: a role-play assigned nine days ago and
// due three days ago (most learners practised it, some are overdue), another due next week, a comment on
// the latest attempt of the learner who practised last: the skill it scored lowest on, or praise.
import type { Kysely } from 'kysely';
import type { Roleplay } from '../../roleplay';
import { createAssignment, today } from '../coaching/assignments';
import { addComment } from '../coaching/comments';
import { duringWorkingHours, seedAttempt } from './attempt';
import type { Database } from '../db/schema';

const day = 24 * 60 * 60 * 1000;

export interface DemoTeamCoaching {
	teamId: string;
	managerId: string;
	roleplays: Roleplay[];
	/** index into demoTeams */
	team: number;
	random: () => number;
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
	const pick = (i: number) =>
		roleplays.find((r) => r.id === practice[team.team]?.[i]) ?? roleplays[(team.team * 2 + i) % roleplays.length];

	// Assigned nine days ago and due three days ago. Most of the team practised it in between, some
	// passing the required percent; whoever had already stopped practising did not, and is overdue.
	const assignedMs = nowMs - 9 * day;
	const first = pick(0);
	const pastDue = await createAssignment(db, managerId, {
		kind: 'roleplay',
		roleplay: first.id,
		team: teamId,
		due: dayOn(-3),
		required: 60
	});
	await db
		.updateTable('assignments')
		.set({ created_at: new Date(assignedMs).toISOString() })
		.where('id', '=', pastDue)
		.execute();
	const learners = await db
		.selectFrom('users as u')
		.leftJoin('attempts as a', 'a.user_id', 'u.id')
		.select((eb) => ['u.id', eb.fn.max('a.finished_at').as('last')])
		.where('u.team_id', '=', teamId)
		.where('u.role', '=', 'learner')
		.groupBy('u.id')
		.orderBy('u.id')
		.execute();
	for (const learner of learners) {
		const stopped = !learner.last || Date.parse(learner.last) < assignedMs;
		if (stopped || team.random() < 0.25) continue;
		const when = assignedMs + (0.5 + team.random() * 5) * day;
		await seedAttempt(
			db,
			learner.id,
			first,
			0.6 + team.random() * 0.35,
			duringWorkingHours(when, team.random, nowMs - 3 * day),
			team.random
		);
	}
	// Next week: another role-play, or (with only one) the same one with a higher bar.
	const next = [pick(0), pick(1)].find((r) => r.id !== first.id);
	await createAssignment(db, managerId, {
		kind: 'roleplay',
		roleplay: (next ?? first).id,
		team: teamId,
		due: dayOn(7),
		required: next ? 60 : 80
	});

	const latest = await db
		.selectFrom('attempts as a')
		.innerJoin('users as u', 'u.id', 'a.user_id')
		.select(['a.id', 'a.roleplay_id', 'a.finished_at'])
		.where('u.team_id', '=', teamId)
		.orderBy('a.finished_at', 'desc')
		.limit(1)
		.executeTakeFirst();
	if (!latest) return;
	const skills = await db
		.selectFrom('attempt_skills')
		.select(['skill', 'percent'])
		.where('attempt_id', '=', latest.id)
		.where('percent', 'is not', null)
		.orderBy('percent')
		.execute();
	const rp = roleplays.find((r) => r.id === latest.roleplay_id);
	const label = (skill: string) => rp?.skills[skill] ?? skill;
	const weakest = skills.at(0);
	const strongest = skills.at(-1);
	const body =
		weakest && weakest.percent! < 60
			? `这次「${label(weakest.skill)}」只拿到 ${weakest.percent}%。打开复盘,对照高手在那一步是怎么说的,把那句话用自己的话写下来;周四例会我们当场再练一遍。`
			: strongest
				? `这次每项技能都不低于 ${weakest!.percent}%,节奏把握得好。周四例会请你给大家讲讲,「${label(strongest.skill)}」那几步你是怎么想的。`
				: '整体节奏不错。打开复盘看看每一步的最佳说法,周四例会我们再练一遍。';
	const id = await addComment(db, managerId, latest.id, body);
	// Written the morning after the attempt, as a manager reviewing the week would.
	const written = new Date(Math.min(nowMs, Date.parse(latest.finished_at) + 12 * 60 * 60 * 1000)).toISOString();
	await db.updateTable('attempt_comments').set({ created_at: written }).where('id', '=', id).execute();
}
