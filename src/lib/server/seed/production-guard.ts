// A database seeded with the demo organisation (by `npm start` outside production) must not go into
// production with it: its accounts' password is published in the README. The server refuses to start
// rather than disable them quietly, so the operator decides, and removes exactly the demo with one command.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { demoAccounts, demoPassword } from './accounts';
import { demoPresent } from './remove';

export const demoInProductionMessage = [
	'Peilian will not start in production: this database holds the demo organisation',
	`(${demoAccounts[0].email} and ${demoAccounts.length - 1} other accounts, password "${demoPassword}"),`,
	'and anyone who has read the README could sign in with it.',
	'Remove the demo organisation, and nothing else, with the same DATABASE_URL or DATABASE_PATH as the server:',
	'  npx peilian demo remove',
	'then start the server again.'
].join('\n');

/** In production, ends the process with the reason and the command to run when the demo is present. */
export async function refuseDemoInProduction(db: Kysely<Database>): Promise<void> {
	if (process.env.NODE_ENV !== 'production' || !(await demoPresent(db))) return;
	console.error(demoInProductionMessage);
	process.exit(1);
}
