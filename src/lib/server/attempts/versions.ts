// Every role-play version ever served is kept with its source, so an attempt started before a trainer
// changed the file still replays against the file it was played on.
import type { Kysely } from 'kysely';
import { compileRoleplay, type Roleplay } from '../../roleplay';
import type { Database } from '../db/schema';
import { now } from '../db/time';

export interface RoleplaySource {
	id: string;
	version: string;
	title: string;
	source: string;
}

export async function saveRoleplayVersion(db: Kysely<Database>, rp: RoleplaySource): Promise<void> {
	await db
		.insertInto('roleplay_versions')
		.values({ roleplay_id: rp.id, version: rp.version, title: rp.title, source: rp.source, first_served_at: now() })
		.onConflict((oc) => oc.columns(['roleplay_id', 'version']).doNothing())
		.execute();
}

/** Compiles the sources of every role-play file and keeps each version; files with errors are skipped. */
export async function saveContentVersions(
	db: Kysely<Database>,
	files: { path: string; source: string }[]
): Promise<Roleplay[]> {
	const compiled: Roleplay[] = [];
	for (const file of files) {
		const { roleplay } = compileRoleplay(file.path, file.source);
		if (!roleplay) continue;
		await keepCompiledVersion(db, roleplay, file.source);
		compiled.push(roleplay);
	}
	return compiled;
}

/** Keeps a role-play compiled elsewhere (by the build), with the source it was compiled from. */
export async function keepCompiledVersion(db: Kysely<Database>, rp: Roleplay, source: string): Promise<void> {
	await saveRoleplayVersion(db, { ...rp, source });
	remember(rp);
}

// A cache, not state: it is rebuilt from the database on demand, bounded so old versions fall out.
const cache = new Map<string, Roleplay>();
const cacheLimit = 200;

function remember(rp: Roleplay): void {
	cache.set(`${rp.id}@${rp.version}`, rp);
	if (cache.size > cacheLimit) cache.delete(cache.keys().next().value!);
}

/** The compiled role-play of that version, or null if that version was never served. */
export async function compiledVersion(
	db: Kysely<Database>,
	roleplayId: string,
	version: string
): Promise<Roleplay | null> {
	const cached = cache.get(`${roleplayId}@${version}`);
	if (cached) return cached;
	const row = await db
		.selectFrom('roleplay_versions')
		.select('source')
		.where('roleplay_id', '=', roleplayId)
		.where('version', '=', version)
		.executeTakeFirst();
	if (!row) return null;
	const { roleplay } = compileRoleplay(`content/roleplays/${roleplayId}.md`, row.source);
	if (!roleplay) return null;
	remember(roleplay);
	return roleplay;
}
