// What the app's pages call: record the version of a role-play as it is served. The sources are the
// same bundled files the content collections compile.
import { versionOf, type Roleplay } from '../../roleplay';
import { db } from '../db';
import { saveContentVersions, saveRoleplayVersion } from './versions';

const sources = import.meta.glob<string>('/content/roleplays/*.md', { query: '?raw', import: 'default', eager: true });

export function roleplayFiles(): { path: string; source: string }[] {
	return Object.entries(sources).map(([key, source]) => ({ path: key.slice(1), source }));
}

// Versions already written by this process: a cache that only saves a query, the database is the record.
const recorded = new Set<string>();

/** Keeps the served version, so an attempt on it replays even after the file changes. */
export async function recordServedVersion(rp: Roleplay): Promise<void> {
	const key = `${rp.id}@${rp.version}`;
	if (recorded.has(key)) return;
	const source = sources[`/content/roleplays/${rp.id}.md`];
	if (source === undefined || versionOf(source) !== rp.version) return;
	await saveRoleplayVersion(db, { ...rp, source });
	recorded.add(key);
}

/** Keeps every bundled role-play's version; run at start. */
export async function recordContentVersions(): Promise<Roleplay[]> {
	const compiled = await saveContentVersions(db, roleplayFiles());
	for (const rp of compiled) recorded.add(`${rp.id}@${rp.version}`);
	return compiled;
}
