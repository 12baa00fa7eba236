import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileRoleplay, replay, type Roleplay } from '../../roleplay';
import { dialects, openTestDatabase, type TestDatabase } from '../db/test-databases';
import { createPerson } from '../teams/people';
import { loadDraft, saveDraft } from './drafts';
import { fixturePath, fixtureSource, fixtureSourceChanged } from './fixture';
import { attemptSubmission } from './input';
import { submitAttempt } from './submit';
import { saveContentVersions } from './versions';

describe.each(dialects)('attempts on $dialect', ({ dialect, skip, title }) => {
	describe.skipIf(skip)(title, () => {
		let t: TestDatabase;
		let rp: Roleplay;
		let learner: string;
		let other: string;

		beforeAll(async () => {
			t = await openTestDatabase(dialect);
			[rp] = await saveContentVersions(t.db, [{ path: fixturePath, source: fixtureSource }]);
			learner = (await person('learner@example.com')).id;
			other = (await person('other@example.com')).id;
		});
		afterAll(() => t?.close());

		async function person(email: string) {
			const created = await createPerson(t.db, { email, name: email, role: 'learner' });
			if (!created.ok) throw new Error(created.reason);
			return created.user;
		}

		const submission = (choices: number[], extra: Record<string, unknown> = {}) =>
			attemptSubmission.parse({ id: crypto.randomUUID(), roleplay: rp.id, version: rp.version, choices, ...extra });

		const count = async (table: 'attempts' | 'attempt_choices' | 'attempt_skills', id: string) =>
			Number(
				(
					await t.db
						.selectFrom(table)
						.select((eb) => eb.fn.countAll().as('n'))
						.where(table === 'attempts' ? 'id' : 'attempt_id', '=', id)
						.executeTakeFirstOrThrow()
				).n
			);

		const allAttempts = async () =>
			Number(
				(
					await t.db
						.selectFrom('attempts')
						.select((eb) => eb.fn.countAll().as('n'))
						.executeTakeFirstOrThrow()
				).n
			);

		it('stores the result the engine computes, with a row per choice and per skill', async () => {
			const input = submission([1, 1, 2]);
			const stored = await submitAttempt(t.db, learner, input);
			expect(stored).toEqual({ status: 201, result: expect.objectContaining({ outcome: 'won', total: 5 }) });
			expect(await count('attempt_choices', input.id)).toBe(3);
			expect(await count('attempt_skills', input.id)).toBe(2);
		});

		it('ignores a forged score and stores what the replay gives', async () => {
			const input = attemptSubmission.parse({
				id: crypto.randomUUID(),
				roleplay: rp.id,
				version: rp.version,
				choices: [2],
				score: 100,
				percent: 100,
				passed: true,
				result: { total: 99 }
			});
			const stored = await submitAttempt(t.db, learner, input);
			expect(stored).toMatchObject({ status: 201, result: { outcome: 'lost', passed: false } });
			const row = await t.db.selectFrom('attempts').selectAll().where('id', '=', input.id).executeTakeFirstOrThrow();
			expect(row).toMatchObject({ percent: 0, passed: 0, outcome: 'lost', total: -1 });
		});

		it('refuses a tampered path with the reason', async () => {
			const before = await allAttempts();
			const stored = await submitAttempt(t.db, learner, submission([1, 1, 1, 2]));
			expect(stored.status).toBe(422);
			expect(await allAttempts()).toBe(before);
			expect(stored).toHaveProperty('reason', expect.stringMatching(/./));
			const short = await submitAttempt(t.db, learner, submission([1]));
			expect(short.status).toBe(422);
		});

		it('answers 404 for an unknown role-play or version', async () => {
			expect((await submitAttempt(t.db, learner, submission([1, 2], { roleplay: 'no-such-play' }))).status).toBe(404);
			expect((await submitAttempt(t.db, learner, submission([1, 2], { version: 'f'.repeat(64) }))).status).toBe(404);
		});

		it('a retry of the same id returns the stored result and stores nothing twice', async () => {
			const input = submission([1, 1, 2]);
			const first = await submitAttempt(t.db, learner, input);
			const again = await submitAttempt(t.db, learner, input);
			expect(again.status).toBe(200);
			expect(again).toHaveProperty('result', (first as { result: unknown }).result);
			expect(await count('attempts', input.id)).toBe(1);
			expect(await count('attempt_choices', input.id)).toBe(3);
		});

		it('ten concurrent submissions of one id store one attempt', async () => {
			const input = submission([1, 1, 2]);
			const answers = await Promise.all(Array.from({ length: 10 }, () => submitAttempt(t.db, learner, input)));
			expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
			expect(answers.filter((a) => a.status === 200)).toHaveLength(9);
			expect(await count('attempts', input.id)).toBe(1);
			expect(await count('attempt_choices', input.id)).toBe(3);
		});

		it("another person re-using someone's attempt id gets 409, not their result", async () => {
			const input = submission([1, 1, 2]);
			await submitAttempt(t.db, learner, input);
			const stolen = await submitAttempt(t.db, other, input);
			expect(stolen.status).toBe(409);
			expect(stolen).not.toHaveProperty('result');
		});

		it('an attempt on an old version still replays after the file changed', async () => {
			const [changed] = await saveContentVersions(t.db, [{ path: fixturePath, source: fixtureSourceChanged }]);
			expect(changed.version).not.toBe(rp.version);
			const old = await submitAttempt(t.db, learner, submission([1, 1, 2]));
			expect(old).toMatchObject({ status: 201, result: { total: 5 } });
			const current = await submitAttempt(t.db, learner, submission([1, 1, 2], { version: changed.version }));
			expect(current).toMatchObject({ status: 201, result: { total: 6 } });
		});

		it('keeps a draft to resume and drops it when the attempt is submitted', async () => {
			const id = crypto.randomUUID();
			const startedAt = new Date(Date.now() - 60_000).toISOString();
			const saved = await saveDraft(t.db, learner, rp.id, { id, version: rp.version, choices: [1, 1], startedAt });
			expect(saved.status).toBe(200);
			expect(await loadDraft(t.db, learner, rp.id)).toMatchObject({ id, choices: [1, 1], startedAt });
			expect(await loadDraft(t.db, other, rp.id)).toBeNull();
			expect(
				(await saveDraft(t.db, learner, rp.id, { id, version: rp.version, choices: [2, 1], startedAt })).status
			).toBe(422);

			await submitAttempt(t.db, learner, { id, roleplay: rp.id, version: rp.version, choices: [1, 1, 2] });
			expect(await loadDraft(t.db, learner, rp.id)).toBeNull();
			const row = await t.db.selectFrom('attempts').select('started_at').where('id', '=', id).executeTakeFirstOrThrow();
			expect(row.started_at).toBe(startedAt);
		});

		it('the stored result equals a fresh replay of the stored choices', async () => {
			const input = submission([1, 1, 2]);
			await submitAttempt(t.db, learner, input);
			const again = await submitAttempt(t.db, learner, input);
			const fresh = replay(compileRoleplay(fixturePath, fixtureSource).roleplay!, [1, 1, 2]);
			if (!fresh.ok || again.status !== 200) throw new Error('expected a stored attempt and a valid path');
			expect(again.result).toEqual(fresh.result);
		});
	});
});
