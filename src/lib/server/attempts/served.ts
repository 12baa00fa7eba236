// What the app's pages call: record the version of a role-play as it is served. The versions and their
// sources come from the build (virtual:peilian/content), so nothing is compiled at start.
import compiled from 'virtual:peilian/content';
import type { Roleplay } from '../../roleplay';
import { db } from '../db';
import { keepCompiledVersion } from './versions';

const { index, roleplaySources } = compiled;

// Versions already written by this process: a cache that only saves a query, the database is the record.
const recorded = new Set<string>();

/** Keeps the served version, so an attempt on it replays even after the file changes. */
export async function recordServedVersion(rp: Roleplay): Promise<void> {
	const key = `${rp.id}@${rp.version}`;
	if (recorded.has(key)) return;
	if (index.roleplays[rp.id]?.version !== rp.version) return;
	await keepCompiledVersion(db, rp, roleplaySources[rp.id]);
	recorded.add(key);
}

/** Keeps every bundled role-play's version; run at start. */
export async function recordContentVersions(): Promise<Roleplay[]> {
	const roleplays = Object.values(index.roleplays);
	for (const rp of roleplays) await recordServedVersion(rp);
	return roleplays;
}
