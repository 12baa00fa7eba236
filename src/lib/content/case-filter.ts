// The case list's filters: read from the query string (so they work without JavaScript) and counted
// per value, each count honouring the other filters, as a shopper expects from faceted lists.
import { z } from 'zod';
import { LEVELS, SKILL_LABELS } from './schemas.js';

interface Filterable {
	industry: string;
	skills: readonly string[];
	level: 1 | 2 | 3;
}

export interface CaseFilters {
	industry?: string;
	skill?: string;
	level?: 1 | 2 | 3;
}

export interface FacetValue<T> {
	value: T;
	count: number;
}

export interface CaseFacets {
	/** cases matching the other filters, whatever this one is */
	total: { industry: number; skill: number; level: number };
	industries: FacetValue<string>[];
	skills: FacetValue<string>[];
	levels: FacetValue<1 | 2 | 3>[];
}

const ignoreInvalid = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

const filtersSchema = z.object({
	industry: ignoreInvalid(z.string().trim().min(1).max(100)),
	skill: ignoreInvalid(z.enum(SKILL_LABELS)),
	level: ignoreInvalid(z.coerce.number().pipe(z.union([z.literal(1), z.literal(2), z.literal(3)])))
});

/** Unknown or malformed values are dropped rather than refused: a stale bookmark still shows cases. */
export function parseCaseFilters(params: URLSearchParams): CaseFilters {
	const read = (key: string) => params.get(key) || undefined;
	const parsed = filtersSchema.parse({ industry: read('industry'), skill: read('skill'), level: read('level') });
	return Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined)) as CaseFilters;
}

export function matches(item: Filterable, filters: CaseFilters, ignore?: keyof CaseFilters): boolean {
	return (
		(ignore === 'industry' || !filters.industry || item.industry === filters.industry) &&
		(ignore === 'skill' || !filters.skill || item.skills.includes(filters.skill)) &&
		(ignore === 'level' || !filters.level || item.level === filters.level)
	);
}

export function filterCases<T extends Filterable>(cases: readonly T[], filters: CaseFilters): T[] {
	return cases.filter((c) => matches(c, filters));
}

export function caseFacets(cases: readonly Filterable[], filters: CaseFilters): CaseFacets {
	const others = (key: keyof CaseFilters) => cases.filter((c) => matches(c, filters, key));
	const byIndustry = others('industry');
	const bySkill = others('skill');
	const byLevel = others('level');
	const industries = [...new Set(cases.map((c) => c.industry))].sort((a, b) => a.localeCompare(b, 'zh'));
	const keep = <T>(values: FacetValue<T>[], selected: T | undefined) => values.filter((v) => v.count > 0 || v.value === selected);
	return {
		total: { industry: byIndustry.length, skill: bySkill.length, level: byLevel.length },
		industries: keep(
			industries.map((value) => ({ value, count: byIndustry.filter((c) => c.industry === value).length })),
			filters.industry
		),
		skills: keep(
			SKILL_LABELS.map((value) => ({ value, count: bySkill.filter((c) => c.skills.includes(value)).length })),
			filters.skill
		),
		levels: keep(
			LEVELS.map((value) => ({ value, count: byLevel.filter((c) => c.level === value).length })),
			filters.level
		)
	};
}
