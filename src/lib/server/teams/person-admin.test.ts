import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Roleplay } from '../../roleplay';
import { fixturePath, fixtureSource } from '../attempts/fixture';
import { attemptSubmission } from '../attempts/input';
import { submitAttempt } from '../attempts/submit';
import { saveContentVersions } from '../attempts/versions';
import { createInvite, findOpenInvite } from '../auth/invites';
import { createSession, generateSessionToken, validateSessionToken } from '../auth/session';
import { checkSignIn } from '../auth/sign-in';
import { dialects, openTestDatabase, type TestDatabase } from '../db/test-databases';
import { dateRange } from '../reports/filters';
import { roleplaySummary } from '../reports/roleplay';
import { teamOverview } from '../reports/team';
import { today } from '../coaching/assignments';
import { createPerson, createTeam, listPeople } from './people';
import { filterPeople, readPeopleQuery } from './people-filter';
import { deactivatePerson, deletePerson, editPerson, reactivatePerson } from './person-admin';

const everything = dateRange(new URLSearchParams());

describe.each(dialects)('managing people on $dialect', ({ dialect, skip, title }) => {
	describe.skipIf(skip)(title, () => {
		let t: TestDatabase;
		let rp: Roleplay;
		const teams = { east: '', west: '' };
		const ids: Record<string, string> = {};

		async function add(name: string, role: 'learner' | 'manager' | 'admin', team: string | null) {
			const created = await createPerson(t.db, {
				email: `${name}@example.com`,
				name,
				role,
				teamId: team,
				manages: team ? [team] : [],
				password: 'password-1'
			});
			if (!created.ok) throw new Error(created.reason);
			ids[name] = created.user.id;
		}

		async function play(name: string, choices: number[]) {
			const input = attemptSubmission.parse({ id: crypto.randomUUID(), roleplay: rp.id, version: rp.version, choices });
			await submitAttempt(t.db, ids[name], input);
		}

		beforeAll(async () => {
			t = await openTestDatabase(dialect);
			[rp] = await saveContentVersions(t.db, [{ path: fixturePath, source: fixtureSource }]);
			teams.east = (await createTeam(t.db, 'East'))!.id;
			teams.west = (await createTeam(t.db, 'West'))!.id;
			await add('张伟', 'learner', teams.east);
			await add('陈静', 'learner', teams.east);
			await add('Ann', 'learner', teams.west);
			await add('王建国', 'manager', teams.east);
			await play('张伟', [1, 1, 2]);
			await play('陈静', [2]);
		});
		afterAll(() => t?.close());

		it('lists people by name in pinyin order, with the teams a manager leads', async () => {
			const people = await listPeople(t.db);
			expect(people.map((p) => p.name)).toEqual(['陈静', '王建国', '张伟', 'Ann']);
			expect(people.find((p) => p.name === '王建国')!.teams).toEqual(['East']);
		});

		it('finds people by part of a name, email or team, and by role', async () => {
			const people = await listPeople(t.db);
			const names = (query: Record<string, string>) =>
				filterPeople(people, readPeopleQuery(new URLSearchParams(query))).map((p) => p.name);
			expect(names({ q: '建国' })).toEqual(['王建国']);
			expect(names({ q: 'ANN@' })).toEqual(['Ann']);
			expect(names({ q: 'west' })).toEqual(['Ann']);
			expect(names({ role: 'manager' })).toEqual(['王建国']);
			expect(names({ role: 'nonsense' })).toHaveLength(4);
		});

		it('moves a learner to another team and makes a learner a manager of two teams', async () => {
			expect(
				await editPerson(t.db, ids['Ann'], { name: 'Ann Lee', role: 'learner', team: teams.east, manages: [] })
			).toEqual({
				ok: true
			});
			expect(
				await editPerson(t.db, ids['Ann'], {
					name: 'Ann Lee',
					role: 'manager',
					team: teams.east,
					manages: [teams.east, teams.west]
				})
			).toEqual({ ok: true });
			const ann = (await listPeople(t.db)).find((p) => p.name === 'Ann Lee')!;
			expect(ann).toMatchObject({ role: 'manager', teams: ['East', 'West'] });
			const row = await t.db
				.selectFrom('users')
				.select('team_id')
				.where('id', '=', ids['Ann'])
				.executeTakeFirstOrThrow();
			expect(row.team_id).toBeNull();
			expect(
				await editPerson(t.db, ids['Ann'], { name: 'Ann', role: 'learner', team: crypto.randomUUID(), manages: [] })
			).toEqual({ ok: false, reason: 'unknown-team' });
		});

		it('a deactivated person cannot sign in, loses every session and invite, and stays in the reports', async () => {
			const token = generateSessionToken();
			await createSession(t.db, ids['陈静'], token);
			const invite = await createInvite(t.db, ids['陈静'], null);
			expect(await deactivatePerson(t.db, ids['陈静'])).toBe(true);
			expect(await validateSessionToken(t.db, token)).toBeNull();
			expect(await findOpenInvite(t.db, invite)).toBeNull();
			expect(await checkSignIn(t.db, '陈静@example.com', 'password-1', '10.0.0.1')).toEqual({
				ok: false,
				reason: 'invalid'
			});
			const [east] = await teamOverview(t.db, [{ id: teams.east, name: 'East' }], everything, today(), Date.now());
			expect(east.learners.map((l) => l.name)).toContain('陈静');
			expect((await listPeople(t.db)).find((p) => p.name === '陈静')!.deactivated).toBe(true);

			expect(await reactivatePerson(t.db, ids['陈静'])).toBe(true);
			expect(await checkSignIn(t.db, '陈静@example.com', 'password-1', '10.0.0.2')).toMatchObject({ ok: true });
		});

		it('deleting a person takes their attempts out of the role-play totals too', async () => {
			const before = await roleplaySummary(t.db, rp.id, null, everything);
			expect(await deletePerson(t.db, ids['张伟'])).toBe(true);
			const after = await roleplaySummary(t.db, rp.id, null, everything);
			expect(after.attempts).toBe(before.attempts - 1);
			expect((await listPeople(t.db)).map((p) => p.name)).not.toContain('张伟');
			expect(
				await t.db.selectFrom('learner_skill_days').selectAll().where('user_id', '=', ids['张伟']).execute()
			).toEqual([]);
		});
	});
});
