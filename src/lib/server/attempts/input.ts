// What the player sends, parsed at the edge. Unknown fields (a forged `score`, say) are dropped.
import { z } from 'zod';

const positions = z.array(z.number().int().min(1).max(1000)).max(500);
const roleplayId = z
	.string()
	.regex(/^[a-z0-9][a-z0-9-]*$/)
	.max(100);
const version = z.string().regex(/^[0-9a-f]{64}$/);

export const attemptSubmission = z.object({
	id: z.uuid(),
	roleplay: roleplayId,
	version,
	choices: positions,
	startedAt: z.iso.datetime().optional()
});
export type AttemptSubmission = z.infer<typeof attemptSubmission>;

export const draftInput = z.object({
	id: z.uuid(),
	version,
	choices: positions,
	startedAt: z.iso.datetime()
});
export type DraftInput = z.infer<typeof draftInput>;

export const roleplayParam = roleplayId;

/** The first problem, said plainly, for the 400 response. */
export function describeIssue(error: z.ZodError): string {
	const issue = error.issues[0];
	const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
	return `${where}${issue.message}`;
}
