import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replay, type Roleplay } from '../../roleplay';
import { fixturePath, fixtureSource } from '../attempts/fixture';
import { saveContentVersions } from '../attempts/versions';
import { checkSignIn } from '../auth/sign-in';
import { dialects, openTestDatabase, type TestDatabase } from '../db/test-databases';
import { today } from '../coaching/assignments';
import { dateRange } from '../reports/filters';
import { teamOverview } from '../reports/team';
import { demoAccounts, demoPassword, demoTeams } from './accounts';
import { isDemo, seedDemo } from './demo';

describe.each(dialects)('demo seed on $dialect', ({ dialect, skip, title }) => {
	describe.skipIf(skip)(title, () => {
		let t: TestDatabase;
		let rp: Roleplay;
		let teams: string[] = [];
		const content = () => ({ roleplays: [rp], courses: { 'new-sales': ['one', 'two', 'three'] } });

		beforeAll(async () => {
			t = await openTestDatabase(dialect);
			[rp] = await saveContentVersions(t.db, [{ path: fixturePath, source: fixtureSource }]);
		});
		afterAll(() => t?.close());

		it('seeds an empty database once, even when two starts race', async () => {
			const [a, b] = await Promise.all([seedDemo(t.db, content()), seedDemo(t.db, content())]);
			expect([a, b].filter(Boolean)).toHaveLength(1);
			expect(await seedDemo(t.db, content())).toBe(false);
			expect(await isDemo(t.db)).toBe(true);
			const people = await t.db.selectFrom('users').select('email').execute();
			expect(people).toHaveLength(demoAccounts.length);
			const stored = await t.db.selectFrom('teams').select(['id', 'name']).execute();
			teams = demoTeams.map((name) => stored.find((s) => s.name === name)!.id);
		}, 60_000);

		it('every demo account signs in with the demo password', async () => {
			const checked = await checkSignIn(t.db, demoAccounts[4].email, demoPassword, '127.0.0.9');
			expect(checked.ok).toBe(true);
		}, 30_000);

		it('gives each manager something to act on: someone idle, an overdue assignment, a comment', async () => {
			const [east] = await teamOverview(
				t.db,
				[{ id: teams[0], name: demoTeams[0] }],
				dateRange(new URLSearchParams()),
				today()
			);
			const idle = demoAccounts.find((a) => a.team === 0 && a.idleDays)!;
			const risk = east.learners.find((l) => l.name === idle.name)!.risks.find((r) => r.kind === 'idle');
			expect(risk && risk.kind === 'idle' && risk.days).toBeGreaterThanOrEqual(idle.idleDays!);
			expect(new Set(east.assignments.map((a) => a.state))).toContain('overdue');
			expect(east.assignments.some((a) => a.dueOn > today())).toBe(true);
			const comments = await t.db.selectFrom('attempt_comments').select('body').execute();
			expect(comments).toHaveLength(demoTeams.length);
		});

		it("every seeded attempt's score is what replaying its stored choices gives", async () => {
			const attempts = await t.db.selectFrom('attempts').selectAll().execute();
			expect(attempts.length).toBeGreaterThan(12 * 3);
			for (const attempt of attempts) {
				const choices = await t.db
					.selectFrom('attempt_choices')
					.select('position')
					.where('attempt_id', '=', attempt.id)
					.orderBy('seq')
					.execute();
				const replayed = replay(
					rp,
					choices.map((c) => c.position)
				);
				expect(replayed.ok && replayed.result.total).toBe(attempt.total);
			}
		});
	});
});
