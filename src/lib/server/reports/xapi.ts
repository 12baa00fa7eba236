// xAPI statements for a learning record store: one passed/failed per attempt (scored, completed) and one
// answered per choice. Statement ids are derived from the attempt, so exporting twice sends the same
// statements and a store can ignore the repeats.
import { createHash } from 'node:crypto';
import type { ExportAttempt, ExportChoice } from './export';

const verbs = {
	passed: { id: 'http://adlnet.gov/expapi/verbs/passed', display: { 'en-US': 'passed' } },
	failed: { id: 'http://adlnet.gov/expapi/verbs/failed', display: { 'en-US': 'failed' } },
	answered: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } }
};

export interface XapiStatement {
	id: string;
	actor: { objectType: 'Agent'; name: string; mbox: string };
	verb: { id: string; display: Record<string, string> };
	object: {
		objectType: 'Activity';
		id: string;
		definition: Record<string, unknown>;
	};
	result: Record<string, unknown>;
	context: Record<string, unknown>;
	timestamp: string;
}

/** A name-based UUID (version 5 layout) from a string, stable across exports. */
export function stableUuid(name: string): string {
	const hex = createHash('sha1').update(name).digest('hex').slice(0, 32).split('');
	hex[12] = '5';
	hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
	const h = hex.join('');
	return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function attemptStatements(origin: string, attempt: ExportAttempt, choices: ExportChoice[]): XapiStatement[] {
	const actor = { objectType: 'Agent' as const, name: attempt.learnerName, mbox: `mailto:${attempt.email}` };
	const roleplay = {
		objectType: 'Activity' as const,
		id: `${origin}/roleplays/${attempt.roleplayId}`,
		definition: {
			type: 'http://adlnet.gov/expapi/activities/simulation',
			name: { 'zh-CN': attempt.title }
		}
	};
	const context = {
		registration: attempt.id,
		platform: 'Peilian',
		extensions: { [`${origin}/xapi/version`]: attempt.version }
	};
	const scored: XapiStatement = {
		id: stableUuid(`${attempt.id}:result`),
		actor,
		verb: attempt.passed ? verbs.passed : verbs.failed,
		object: roleplay,
		result: {
			score: {
				scaled: attempt.percent / 100,
				raw: attempt.total,
				// The engine knows the best reachable score; the lowest is not computed, so the floor is 0
				// (or the score itself when a learner went below it).
				min: Math.min(0, attempt.total),
				max: attempt.best
			},
			success: attempt.passed,
			completion: true,
			duration: isoDuration(Date.parse(attempt.finishedAt) - Date.parse(attempt.startedAt))
		},
		context,
		timestamp: attempt.finishedAt
	};
	const answered = choices.map((c): XapiStatement => ({
		id: stableUuid(`${attempt.id}:choice:${c.seq}`),
		actor,
		verb: verbs.answered,
		object: {
			objectType: 'Activity',
			id: `${origin}/roleplays/${attempt.roleplayId}/steps/${encodeURIComponent(c.stepId)}`,
			definition: {
				type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
				name: { 'zh-CN': c.stepId },
				interactionType: 'choice'
			}
		},
		result: { response: String(c.position), extensions: { [`${origin}/xapi/line`]: c.line } },
		context: { ...context, contextActivities: { parent: [{ objectType: 'Activity', id: roleplay.id }] } },
		// Choices are not timed one by one; each carries the time the attempt was submitted.
		timestamp: attempt.finishedAt
	}));
	return [...answered, scored];
}

function isoDuration(ms: number): string {
	const seconds = Math.max(0, Math.round(ms / 1000));
	return `PT${seconds}S`;
}
