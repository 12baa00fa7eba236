// `npm run db:migrate`: brings the database named by DATABASE_URL / DATABASE_PATH up to date.
import { connect, optionsFromEnv } from '../lib/server/db/connect.js';
import { migrateToLatest } from '../lib/server/db/migrate.js';

const { db, dialect, schema } = connect(optionsFromEnv());
try {
	const applied = await migrateToLatest(db, schema);
	console.log(applied.length ? `${dialect}: applied ${applied.join(', ')}` : `${dialect}: already up to date`);
} catch (e) {
	console.error(`migration failed: ${(e as Error).message}`);
	process.exitCode = 1;
} finally {
	await db.destroy();
}
