// The JSON columns (text on both databases, see schema.ts), each with the schema of what it holds, read
// through one parser: a value that is not what its column holds fails here, not somewhere downstream.
import { z } from 'zod';
import type { Effect } from '../../roleplay/types';

const effect = z.object({
	key: z.string(),
	kind: z.enum(['skill', 'var']),
	op: z.enum(['add', 'set']),
	value: z.number()
}) satisfies z.ZodType<Effect>;

export const jsonColumns = {
	/** attempts.vars: each var's value at the ending */
	vars: z.record(z.string(), z.number()),
	/** attempt_choices.effects: what the choice changed */
	effects: z.array(effect),
	/** progress_drafts.choices: the 1-based positions taken so far */
	choices: z.array(z.number().int().positive())
};

export function readJson<S extends z.ZodType>(column: S, text: string): z.output<S> {
	return column.parse(JSON.parse(text));
}
