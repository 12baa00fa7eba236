// Everything the role-play analytics page shows, for one scope (a manager's teams, or everyone).
import type { Kysely } from 'kysely';
import { effectLabels } from '$lib/outcomes';
import { describeEffect, type Roleplay } from '../../roleplay';
import type { Database } from '../db/schema';
import type { DateRange } from './filters';
import { choiceCounts, roleplaySummary } from './roleplay';
import { commonWeakChoices, stepTables } from './weak-choices';

export async function roleplayAnalytics(
	db: Kysely<Database>,
	rp: Roleplay,
	teamIds: string[] | null,
	range: DateRange
) {
	const [summary, counts] = await Promise.all([
		roleplaySummary(db, rp.id, teamIds, range),
		choiceCounts(db, rp.id, teamIds, range)
	]);
	const labels = effectLabels(rp.skills);
	const tables = stepTables(rp, counts).map((t) => ({
		...t,
		choices: t.choices.map((c) => ({ ...c, effects: c.effects.map((e) => describeEffect(e, labels)) }))
	}));
	return {
		roleplay: { id: rp.id, title: rp.title, pass: rp.pass },
		summary,
		tables,
		weakest: commonWeakChoices(tables)
	};
}

export type RoleplayAnalytics = Awaited<ReturnType<typeof roleplayAnalytics>>;
