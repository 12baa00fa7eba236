import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Roleplay } from '../../roleplay';
import { fixturePath, fixtureSource } from '../attempts/fixture';
import { attemptSubmission } from '../attempts/input';
import { submitAttempt } from '../attempts/submit';
import { saveContentVersions } from '../attempts/versions';
import { assignmentsFor, assignmentsOfTeams, createAssignment, today } from '../coaching/assignments';
import { addComment, commentsForAttempt, commentsForLearner } from '../coaching/comments';
import { dialects, openTestDatabase, postgresSkipReason, type TestDatabase } from '../db/test-databases';
import { createPerson, createTeam } from '../teams/people';
import { exportAttempts } from './export';
import { dateRange } from './filters';
import { learnerAttempts, skillComparison, transcripts } from './learner';
import { backfillRollups } from './rollups';
import { choiceCounts, roleplaySummary } from './roleplay';
import { teamOverview } from './team';
import { stepTables } from './weak-choices';

if (postgresSkipReason) console.warn(postgresSkipReason);

const day = 86_400_000;
// Assignments count attempts made after they were created, so the data is placed relative to the real clock.
const nowMs = Date.now();
const todayOn = today(new Date(nowMs));
const yesterday = today(new Date(nowMs - day));
const everything = dateRange(new URLSearchParams());

describe.each(dialects)('coaching reports on $dialect', ({ dialect, skip }) => {
	describe.skipIf(skip)('', () => {
		let t: TestDatabase;
		let rp: Roleplay;
		const team = { east: { id: '', name: 'East' }, west: { id: '', name: 'West' } };
		const people: Record<string, string> = {};

		async function person(name: string, role: 'learner' | 'manager', teamId: string) {
			const created = await createPerson(t.db, { email: `${name}@example.com`, name, role, teamId, manages: [teamId] });
			if (!created.ok) throw new Error(created.reason);
			people[name] = created.user.id;
		}

		async function attempt(name: string, choices: number[], daysAgo: number) {
			const input = attemptSubmission.parse({ id: crypto.randomUUID(), roleplay: rp.id, version: rp.version, choices });
			await submitAttempt(t.db, people[name], input);
			if (daysAgo === 0) return input.id;
			const at = new Date(nowMs - daysAgo * day).toISOString();
			await t.db.updateTable('attempts').set({ finished_at: at, started_at: at }).where('id', '=', input.id).execute();
			return input.id;
		}

		beforeAll(async () => {
			t = await openTestDatabase(dialect);
			[rp] = await saveContentVersions(t.db, [{ path: fixturePath, source: fixtureSource }]);
			team.east.id = (await createTeam(t.db, 'East'))!.id;
			team.west.id = (await createTeam(t.db, 'West'))!.id;
			await person('ann', 'learner', team.east.id);
			await person('bob', 'learner', team.east.id);
			await person('cat', 'learner', team.west.id);
			await person('boss', 'manager', team.east.id);
			await attempt('ann', [1, 1, 2], 2); // 100%, won
			await attempt('ann', [1, 2], 1); // 80%
			await attempt('bob', [2], 10); // 0%, lost
			await attempt('cat', [1, 3], 1); // 40%
			// The attempts above were moved back in time after the triggers counted them on today.
			await t.db.deleteFrom('roleplay_day_stats').execute();
			await t.db.deleteFrom('choice_day_counts').execute();
			await t.db.deleteFrom('learner_skill_days').execute();
			await backfillRollups(t.db);
		});
		afterAll(() => t?.close());

		it('shows each learner of the team with best percent, attempts and last practised', async () => {
			const [east] = await teamOverview(t.db, [team.east], everything, todayOn, nowMs);
			expect(east.learners.map((l) => l.name)).toEqual(['ann', 'bob']);
			const ann = east.learners.find((l) => l.name === 'ann')!;
			expect(ann.cells[rp.id]).toMatchObject({ best: 100, attempts: 2 });
			expect(ann.risks).toEqual([]);
			expect(east.averages).toEqual([
				{ roleplayId: rp.id, averageBest: 50, averagePercent: 60, attempts: 3, passRate: 67 }
			]);
		});

		it('flags a learner who has not practised for a week as at risk', async () => {
			const [east] = await teamOverview(t.db, [team.east], everything, todayOn, nowMs);
			expect(east.learners.find((l) => l.name === 'bob')!.risks).toEqual([{ kind: 'idle', days: 10 }]);
		});

		it('narrows the table to a date range', async () => {
			const range = dateRange(new URLSearchParams({ from: yesterday, to: todayOn }));
			const [east] = await teamOverview(t.db, [team.east], range, todayOn, nowMs);
			expect(east.learners.find((l) => l.name === 'ann')!.cells[rp.id]).toMatchObject({ best: 80, attempts: 1 });
			expect(east.learners.find((l) => l.name === 'bob')!.cells[rp.id]).toBeUndefined();
		});

		it('reports assignments as done, overdue or open, and a score below the required percent as a risk', async () => {
			await createAssignment(t.db, people.boss, {
				kind: 'roleplay',
				roleplay: rp.id,
				team: team.east.id,
				due: '2020-01-31',
				required: 90
			});
			await createAssignment(t.db, people.boss, {
				kind: 'module',
				module: 'new-sales/listening',
				learner: people.ann,
				due: '2999-12-31'
			});
			await attempt('ann', [1, 1, 2], 0);
			await attempt('bob', [1, 3], 0);
			const ann = await assignmentsFor(t.db, people.ann, todayOn);
			expect(ann.map((a) => [a.roleplayId ?? a.module, a.state])).toEqual([
				[rp.id, 'done'],
				['listening', 'open']
			]);
			const all = await assignmentsOfTeams(t.db, [team.east.id], todayOn);
			expect(all.find((a) => a.learnerId === people.bob)).toMatchObject({ state: 'overdue', best: 40 });
			expect(await assignmentsFor(t.db, people.cat, todayOn)).toEqual([]);
			const [east] = await teamOverview(t.db, [team.east], everything, todayOn, nowMs);
			expect(east.learners.find((l) => l.name === 'bob')!.risks).toContainEqual({
				kind: 'assignment',
				assignment: expect.objectContaining({ roleplayId: rp.id, best: 40, requiredPercent: 90, state: 'overdue' })
			});
		});

		it('compares a learner’s skills with the team’s and keeps each attempt’s transcript with feedback', async () => {
			const skills = await skillComparison(t.db, people.ann, team.east.id, everything);
			expect(skills.map((s) => s.skill)).toEqual(['closing', 'questioning']);
			expect(skills[0].learner).toBeGreaterThan(skills[0].team!);
			const attempts = await learnerAttempts(t.db, people.ann, everything);
			expect(attempts).toHaveLength(3);
			const lines = await transcripts(t.db, attempts);
			const first = lines.get(attempts.at(-1)!.id)!;
			expect(first.map((c) => c.position)).toEqual([1, 1, 2]);
			expect(first[0].feedbackHtml).toContain('先问再讲');
			expect(first[0].effects).toContainEqual({ key: 'questioning', kind: 'skill', op: 'add', value: 2 });
		});

		it('counts attempts, pass rate, average and a ten-bin histogram, for a team or everyone', async () => {
			const everyone = await roleplaySummary(t.db, rp.id, null, everything);
			expect(everyone).toMatchObject({ attempts: 6, passRate: 50, average: 60 });
			expect(everyone.histogram).toEqual([1, 0, 0, 0, 2, 0, 0, 0, 1, 2]);
			const west = await roleplaySummary(t.db, rp.id, [team.west.id], everything);
			expect(west).toMatchObject({ attempts: 1, average: 40, passRate: 0 });
			expect((await roleplaySummary(t.db, rp.id, [], everything)).attempts).toBe(0);
		});

		it('answers for everyone from the daily rollups with the same figures as from the attempts', async () => {
			await attempt('cat', [1, 1, 2], 0);
			const teams = [team.east.id, team.west.id];
			for (const range of [everything, dateRange(new URLSearchParams({ from: yesterday, to: todayOn }))]) {
				expect(await roleplaySummary(t.db, rp.id, null, range)).toEqual(
					await roleplaySummary(t.db, rp.id, teams, range)
				);
				const sorted = (counts: { stepId: string; position: number; picked: number }[]) =>
					[...counts].sort((a, b) => a.stepId.localeCompare(b.stepId) || a.position - b.position);
				expect(sorted(await choiceCounts(t.db, rp.id, null, range))).toEqual(
					sorted(await choiceCounts(t.db, rp.id, teams, range))
				);
			}
		});

		it('counts each choice per step and flags the weak ones', async () => {
			const counts = await choiceCounts(t.db, rp.id, null, everything);
			expect(counts.find((c) => c.stepId === 'start' && c.position === 1)?.picked).toBe(6);
			const scoped = await choiceCounts(t.db, rp.id, [team.west.id], everything);
			expect(scoped.reduce((s, c) => s + c.picked, 0)).toBe(5);
			const [start] = stepTables(rp, counts);
			expect(start.choices.map((c) => [c.picked, c.weak])).toEqual([
				[6, false],
				[1, true]
			]);
		});

		it('keeps a manager’s comment on the attempt for the learner', async () => {
			const [latest] = await learnerAttempts(t.db, people.ann, everything);
			await addComment(t.db, people.boss, latest.id, '先问需求,做得好');
			expect((await commentsForAttempt(t.db, latest.id)).map((c) => [c.author, c.body])).toEqual([
				['boss', '先问需求,做得好']
			]);
			expect(await commentsForLearner(t.db, people.ann)).toHaveLength(1);
			expect(await commentsForLearner(t.db, people.bob)).toHaveLength(0);
			// The player shows a learner what coaches said about this role-play only.
			expect(await commentsForLearner(t.db, people.ann, { roleplayId: rp.id })).toHaveLength(1);
			expect(await commentsForLearner(t.db, people.ann, { roleplayId: 'another-roleplay' })).toHaveLength(0);
		});

		it('exports only the chosen teams’ attempts, in pages, oldest first', async () => {
			const pages = [];
			for await (const page of exportAttempts(t.db, { teamIds: [team.east.id], range: everything }, 2))
				pages.push(page);
			const rows = pages.flat();
			expect(pages.length).toBe(3);
			expect(rows).toHaveLength(5);
			expect(new Set(rows.map((r) => r.teamName))).toEqual(new Set(['East']));
			expect(rows.map((r) => r.finishedAt)).toEqual([...rows.map((r) => r.finishedAt)].sort());
		});

		it('takes deleted attempts and deleted learners back out of the rollups', async () => {
			const teams = [team.east.id, team.west.id];
			const before = await roleplaySummary(t.db, rp.id, null, everything);
			const [latest] = await learnerAttempts(t.db, people.ann, everything);
			await t.db.deleteFrom('attempts').where('id', '=', latest.id).execute();
			await t.db.deleteFrom('users').where('id', '=', people.cat).execute();
			const after = await roleplaySummary(t.db, rp.id, null, everything);
			expect(after.attempts).toBe(before.attempts - 3);
			expect(after).toEqual(await roleplaySummary(t.db, rp.id, teams, everything));
			const sorted = (counts: { stepId: string; position: number; picked: number }[]) =>
				[...counts]
					.filter((c) => c.picked > 0)
					.sort((a, b) => a.stepId.localeCompare(b.stepId) || a.position - b.position);
			expect(sorted(await choiceCounts(t.db, rp.id, null, everything))).toEqual(
				sorted(await choiceCounts(t.db, rp.id, teams, everything))
			);
			// The skill averages from the learners' rollup still equal those worked out from every attempt.
			for (const range of [everything, dateRange(new URLSearchParams({ from: yesterday, to: todayOn }))]) {
				const fromAttempts = async (userIds: string[]) => {
					const rows = await t.db
						.selectFrom('attempt_skills as s')
						.innerJoin('attempts as a', 'a.id', 's.attempt_id')
						.select(['s.skill', 's.percent'])
						.where('a.user_id', 'in', userIds)
						.where('s.percent', 'is not', null)
						.$if(Boolean(range.fromIso), (q) => q.where('a.finished_at', '>=', range.fromIso!))
						.execute();
					const skills = [...new Set(rows.map((r) => r.skill))].sort();
					return skills.map((skill) => {
						const percents = rows.filter((r) => r.skill === skill).map((r) => r.percent!);
						return [skill, Math.round(percents.reduce((a, b) => a + b, 0) / percents.length)];
					});
				};
				const comparison = await skillComparison(t.db, people.ann, team.east.id, range);
				expect(comparison.map((s) => [s.skill, s.learner])).toEqual(await fromAttempts([people.ann]));
				expect(comparison.map((s) => [s.skill, s.team])).toEqual(await fromAttempts([people.ann, people.bob]));
			}
		});
	});
});
