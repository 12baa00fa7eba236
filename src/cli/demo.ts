// `peilian demo remove`: takes the demo organisation out of a database before it goes into production.
import { demoUsage } from './usage.js';
import { connect, optionsFromEnv } from '../lib/server/db/connect.js';
import { migrateToLatest } from '../lib/server/db/migrate.js';
import { demoPresent, removeDemo } from '../lib/server/seed/remove.js';

export async function runDemo(args: string[]): Promise<number> {
	if (args.length !== 1 || args[0] !== 'remove') {
		console.error(`usage: ${demoUsage}`);
		return 2;
	}
	const { db, schema } = connect(optionsFromEnv());
	try {
		await migrateToLatest(db, schema);
		if (!(await demoPresent(db))) {
			console.log('There is no demo organisation in this database; nothing removed.');
			return 0;
		}
		const removed = await removeDemo(db);
		console.log(
			`Removed the demo organisation: ${removed.people} people, ${removed.attempts} of their attempts, ${removed.teams} teams.`
		);
		if (removed.keptTeams.length)
			console.log(`Kept the demo teams ${removed.keptTeams.join(', ')}: real people are in them.`);
		return 0;
	} finally {
		await db.destroy();
	}
}
