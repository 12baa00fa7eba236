// Synthetic organisation for the reports benchmark: teams, managers, learners, and attempts whose
// paths are real plays of the bundled role-plays (a pool per role-play, sampled), so per-step choice
// counts and skill rows look like the real thing.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileRoleplay, replay, type Result, type Roleplay } from '../../src/lib/roleplay';
import { attemptRow } from '../../src/lib/server/attempts/submit';
import { plausiblePath, seededRandom } from '../../src/lib/server/seed/paths';

export interface PlayedPath {
	rp: Roleplay;
	result: Result;
	skills: { skill: string; score: number; best: number; percent: number | null }[];
	choices: { step: string; position: number; line: string; effects: string }[];
}

export function loadRoleplays(dir = 'content/roleplays'): { rp: Roleplay; source: string }[] {
	return readdirSync(dir)
		.filter((f) => f.endsWith('.md'))
		.map((f) => {
			const source = readFileSync(join(dir, f), 'utf8');
			const { roleplay } = compileRoleplay(`content/roleplays/${f}`, source);
			if (!roleplay) throw new Error(`${f} does not compile`);
			return { rp: roleplay, source };
		});
}

/** `size` plausible plays per role-play, by learners of every level. */
export function pathPool(roleplays: Roleplay[], size: number, random: () => number): PlayedPath[][] {
	return roleplays.map((rp) => {
		const pool: PlayedPath[] = [];
		while (pool.length < size) {
			const played = replay(rp, plausiblePath(rp, 0.15 + random() * 0.8, random));
			if (!played.ok) continue;
			const { result, history } = played;
			pool.push({
				rp,
				result,
				skills: Object.entries(result.skills).map(([skill, s]) => ({ skill, ...s })),
				choices: history.map((h) => ({
					step: h.step,
					position: h.position,
					line: h.text,
					effects: JSON.stringify(h.effects)
				}))
			});
		}
		return pool.sort((a, b) => a.result.percent - b.result.percent);
	});
}

export interface Organisation {
	teams: { id: string; name: string }[];
	managers: { id: string; teamId: string }[];
	learners: { id: string; teamId: string; skill: number }[];
}

export function organisation(teamCount: number, learnerCount: number, random: () => number): Organisation {
	const teams = Array.from({ length: teamCount }, (_, i) => ({ id: crypto.randomUUID(), name: `销售 ${i + 1} 组` }));
	return {
		teams,
		managers: teams.map((t) => ({ id: crypto.randomUUID(), teamId: t.id })),
		learners: Array.from({ length: learnerCount }, (_, i) => ({
			id: crypto.randomUUID(),
			teamId: teams[i % teamCount].id,
			skill: random()
		}))
	};
}

export interface AttemptRow {
	id: string;
	userId: string;
	path: PlayedPath;
	finishedAt: string;
	startedAt: string;
}

/** Attempts spread over the last half year, generated in batches so memory stays flat. */
export function* attemptBatches(
	org: Organisation,
	pools: PlayedPath[][],
	count: number,
	batchSize: number,
	seed: number,
	nowMs = Date.now()
): Generator<AttemptRow[]> {
	const random = seededRandom(seed);
	const span = 180 * 86_400_000;
	for (let done = 0; done < count;) {
		const n = Math.min(batchSize, count - done);
		const batch: AttemptRow[] = new Array(n);
		for (let i = 0; i < n; i++) {
			const learner = org.learners[Math.floor(random() * org.learners.length)];
			const pool = pools[Math.floor(random() * pools.length)];
			// Better learners' plays come from the better end of the pool (it is sorted by percent).
			const pick = Math.min(pool.length - 1, Math.floor((learner.skill * 0.6 + random() * 0.4) * pool.length));
			const finished = nowMs - Math.floor(random() * span);
			batch[i] = {
				id: crypto.randomUUID(),
				userId: learner.id,
				path: pool[pick],
				finishedAt: new Date(finished).toISOString(),
				startedAt: new Date(finished - 300_000).toISOString()
			};
		}
		done += n;
		yield batch;
	}
}

/** The attempts table's columns, in the order attemptValues gives them. */
export const attemptColumns = Object.keys(
	attemptRow({ id: '', userId: '', roleplay: '', version: '', startedAt: '', finishedAt: '' }, emptyResult())
);

/** An attempt's row exactly as the server stores one (the same attemptRow), as values for a bulk insert. */
export function attemptValues(a: AttemptRow): unknown[] {
	const facts = {
		id: a.id,
		userId: a.userId,
		roleplay: a.path.rp.id,
		version: a.path.rp.version,
		startedAt: a.startedAt,
		finishedAt: a.finishedAt
	};
	return Object.values(attemptRow(facts, a.path.result));
}

function emptyResult(): Result {
	return {
		id: '',
		outcome: 'neutral',
		ending: '',
		total: 0,
		best: 0,
		percent: 0,
		passed: false,
		skills: {},
		vars: {},
		path: []
	};
}
