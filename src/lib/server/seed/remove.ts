// Taking the demo organisation out of a database, and nothing else: its sixteen people with everything
// that is theirs (sessions, attempts, drafts, progress, comments, assignments), its two teams unless a
// real person has since joined one, and the mark that the demo was seeded.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { demoAccounts, demoTeams } from './accounts';
import { demoFlag, isDemo } from './demo';

const demoEmails = demoAccounts.map((a) => a.email);

/** Whether any of the demo organisation is in the database: its people or the mark of the seed. */
export async function demoPresent(db: Kysely<Database>): Promise<boolean> {
	const person = await db.selectFrom('users').select('id').where('email', 'in', demoEmails).executeTakeFirst();
	return person !== undefined || (await isDemo(db));
}

export interface DemoRemoved {
	people: number;
	attempts: number;
	teams: number;
	/** demo teams kept because real people are in them or manage them */
	keptTeams: string[];
}

export async function removeDemo(db: Kysely<Database>): Promise<DemoRemoved> {
	return inTransaction(db, async (trx) => {
		const people = (await trx.selectFrom('users').select('id').where('email', 'in', demoEmails).execute()).map(
			(p) => p.id
		);
		let attempts = 0;
		if (people.length) {
			// Deleted apart to count them; the delete trigger takes each back out of the report rollups.
			const deleted = await trx.deleteFrom('attempts').where('user_id', 'in', people).executeTakeFirst();
			attempts = Number(deleted.numDeletedRows);
			// Everything else of theirs goes with them (foreign keys cascade).
			await trx.deleteFrom('users').where('id', 'in', people).execute();
		}
		const teams = await trx
			.selectFrom('teams')
			.select(['id', 'name'])
			.where('name', 'in', [...demoTeams])
			.execute();
		const keptTeams: string[] = [];
		for (const team of teams) {
			const member = await trx.selectFrom('users').select('id').where('team_id', '=', team.id).executeTakeFirst();
			const manager = await trx
				.selectFrom('team_managers')
				.select('user_id')
				.where('team_id', '=', team.id)
				.executeTakeFirst();
			if (member || manager) keptTeams.push(team.name);
			else await trx.deleteFrom('teams').where('id', '=', team.id).execute();
		}
		await trx.deleteFrom('app_meta').where('key', '=', demoFlag).execute();
		return { people: people.length, attempts, teams: teams.length - keptTeams.length, keptTeams };
	});
}
