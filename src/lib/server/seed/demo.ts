// The demo organisation that `npm start` creates on an empty database outside production: two teams,
// their managers, a trainer, an admin and a dozen learners with a few weeks of attempts, each one a
// real path replayed through the engine; and what a manager would have done by now: two assignments
// per team (one past its due date) and a coaching comment, so every coaching view has something in it.
import type { Kysely } from 'kysely';
import type { Roleplay } from '../../roleplay';
import { hashPassword } from '../auth/password';
import type { Database } from '../db/schema';
import { now } from '../db/time';
import { createPerson, createTeam } from '../teams/people';
import { seedCoaching } from './coaching';
import { demoAccounts, demoPassword, demoTeams } from './accounts';
import { duringWorkingHours, seedAttempt } from './attempt';
import { seededRandom } from './paths';

export interface DemoContent {
	roleplays: Roleplay[];
	/** course slug -> its module slugs in order */
	courses: Record<string, string[]>;
}

const day = 24 * 60 * 60 * 1000;
export const demoFlag = 'demo_seeded_at';

export async function isDemo(db: Kysely<Database>): Promise<boolean> {
	const row = await db.selectFrom('app_meta').select('value').where('key', '=', demoFlag).executeTakeFirst();
	return row !== undefined;
}

/** Seeds only a database without people; returns whether it did. Safe when several processes start at once. */
export async function seedDemo(db: Kysely<Database>, content: DemoContent, nowMs = Date.now()): Promise<boolean> {
	return db.transaction().execute(async (trx) => {
		const anyone = await trx.selectFrom('users').select('id').limit(1).executeTakeFirst();
		if (anyone) return false;
		const claimed = await trx
			.insertInto('app_meta')
			.values({ key: demoFlag, value: now() })
			.onConflict((oc) => oc.column('key').doNothing())
			.returning('key')
			.executeTakeFirst();
		if (!claimed) return false;
		await seedPeople(trx, content, nowMs);
		return true;
	});
}

async function seedPeople(db: Kysely<Database>, content: DemoContent, nowMs: number): Promise<void> {
	// One slow hash for the sixteen accounts: they share a password the README publishes anyway.
	const passwordHash = await hashPassword(demoPassword);
	const teamIds: string[] = [];
	for (const name of demoTeams) teamIds.push((await createTeam(db, name))!.id);
	const random = seededRandom(20261127);
	const managers: string[] = [];
	for (const account of demoAccounts) {
		const team = account.team === undefined ? null : teamIds[account.team];
		const created = await createPerson(db, {
			...account,
			teamId: team,
			manages: team ? [team] : [],
			passwordHash
		});
		if (created.ok && account.role === 'manager' && team) managers[account.team!] = created.user.id;
		if (!created.ok || account.role !== 'learner') continue;
		await seedAttempts(db, created.user.id, content.roleplays, random, nowMs - (account.idleDays ?? 0) * day);
		await seedModules(db, created.user.id, content.courses, random, nowMs);
	}
	for (const [i, teamId] of teamIds.entries()) {
		if (managers[i])
			await seedCoaching(db, { teamId, managerId: managers[i], roleplays: content.roleplays, team: i, random }, nowMs);
	}
}

async function seedAttempts(
	db: Kysely<Database>,
	userId: string,
	roleplays: Roleplay[],
	random: () => number,
	nowMs: number
): Promise<void> {
	if (roleplays.length === 0) return;
	const count = 4 + Math.floor(random() * 9);
	// Learners start unsure and get better with practice.
	let skill = 0.25 + random() * 0.4;
	let at = nowMs - (21 + random() * 7) * day;
	for (let i = 0; i < count; i++) {
		at += random() * ((nowMs - at) / (count - i));
		const rp = roleplays[Math.floor(random() * roleplays.length)];
		await seedAttempt(db, userId, rp, skill, duringWorkingHours(at, random, nowMs), random);
		skill = Math.min(0.95, skill + 0.04 + random() * 0.04);
	}
}

async function seedModules(
	db: Kysely<Database>,
	userId: string,
	courses: Record<string, string[]>,
	random: () => number,
	nowMs: number
): Promise<void> {
	for (const [course, modules] of Object.entries(courses)) {
		const done = Math.floor(random() * (modules.length + 1));
		const rows = modules.slice(0, done).map((module, i) => ({
			user_id: userId,
			course,
			module,
			done_at: new Date(nowMs - (done - i) * 1.5 * day).toISOString()
		}));
		if (rows.length) await db.insertInto('module_progress').values(rows).execute();
	}
}
