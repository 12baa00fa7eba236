// Run once when the server starts: bring the schema up to date, keep the bundled role-play versions,
// and on an empty database outside production seed the demo organisation.
import { building } from '$app/environment';
import { courses } from '$lib/content/index.server';
import { recordContentVersions } from './attempts/served';
import { db, schema } from './db';
import { migrateToLatest } from './db/migrate';
import { startHousekeeping } from './housekeeping';
import { demoAccounts, demoPassword } from './seed/accounts';
import { isDemo, seedDemo } from './seed/demo';
import { refuseDemoInProduction } from './seed/production-guard';

/** Demo seeding and the demo accounts on the sign-in page; never in production. */
export function demoAllowed(): boolean {
	return process.env.NODE_ENV !== 'production' && process.env.PEILIAN_DEMO !== '0';
}

export async function demoMode(): Promise<boolean> {
	return demoAllowed() && (await isDemo(db));
}

export async function startServer(): Promise<void> {
	// Prerendering at build time starts the server too; it must not touch the database.
	if (building) return;
	const applied = await migrateToLatest(db, schema);
	if (applied.length) console.log(`database: applied ${applied.join(', ')}`);
	await refuseDemoInProduction(db);
	await startHousekeeping(db);
	const roleplays = await recordContentVersions();
	if (!demoAllowed()) return;
	const modules = Object.fromEntries(courses.map((c) => [c.slug, c.modules.map((m) => m.slug)]));
	if (await seedDemo(db, { roleplays, courses: modules })) printDemoAccounts();
}

function printDemoAccounts(): void {
	console.log(`Seeded a demo organisation. Every demo account's password is "${demoPassword}":`);
	for (const account of demoAccounts) console.log(`  ${account.role.padEnd(8)} ${account.email}  ${account.name}`);
}
