// Directives are code spans: `value +2`, `trust = 0`, `if trust >= 2`, `end won`.
import type { Effect, Guard, GuardOp, Outcome } from './types.js';

export type Directive =
	| { type: 'guard'; key: string; op: GuardOp; value: number }
	| { type: 'add'; key: string; value: number }
	| { type: 'set'; key: string; value: number }
	| { type: 'end'; outcome: Outcome }
	| { type: 'malformed'; reason: string };

const KEY = '([A-Za-z_][A-Za-z0-9_]*)';
const GUARD = new RegExp(`^if\\s+${KEY}\\s*(>=|<=|==|!=|>|<)\\s*([+-]?\\d+)$`);
const ADD = new RegExp(`^${KEY}\\s*([+-])\\s*(\\d+)$`);
const SET = new RegExp(`^${KEY}\\s*=\\s*([+-]?\\d+)$`);
const END = /^end\s+(\S+)$/;

export function parseDirective(code: string): Directive {
	const text = code.trim();
	let m = GUARD.exec(text);
	if (m) return { type: 'guard', key: m[1], op: m[2] as GuardOp, value: Number(m[3]) };
	m = END.exec(text);
	if (m) {
		const outcome = m[1];
		if (outcome === 'won' || outcome === 'lost' || outcome === 'neutral') return { type: 'end', outcome };
		return { type: 'malformed', reason: `\`${text}\`: an ending is \`end won\`, \`end lost\` or \`end neutral\`` };
	}
	m = ADD.exec(text);
	if (m) return { type: 'add', key: m[1], value: m[2] === '-' ? -Number(m[3]) : Number(m[3]) };
	m = SET.exec(text);
	if (m) return { type: 'set', key: m[1], value: Number(m[2]) };
	return { type: 'malformed', reason: malformedReason(text) };
}

function malformedReason(text: string): string {
	if (/^if\b/.test(text))
		return `\`${text}\` is not a guard: write \`if KEY OP N\` with OP one of >= <= > < == != and N a whole number`;
	if (/[+-]\s*\d*\.\d/.test(text) || /=\s*[+-]?\d*\.\d/.test(text)) return `\`${text}\`: N must be a whole number`;
	return `\`${text}\` is not a directive: write \`KEY +N\`, \`KEY -N\`, \`KEY = N\` or \`if KEY OP N\``;
}

/** Whether `actual OP value` is true: a guard's test, the same in the runtime and in the checker's search. */
export function holds(actual: number, op: GuardOp, value: number): boolean {
	switch (op) {
		case '>=':
			return actual >= value;
		case '<=':
			return actual <= value;
		case '>':
			return actual > value;
		case '<':
			return actual < value;
		case '==':
			return actual === value;
		case '!=':
			return actual !== value;
	}
}

/** A var nobody set reads as 0. */
export function allHold(guards: readonly Guard[], vars: Record<string, number>): boolean {
	return guards.every((g) => holds(vars[g.key] ?? 0, g.op, g.value));
}

/** `empathy +2`, `trust = 0`; with labels (skill and var keys to the reader's words) `共情 +2`. */
export function describeEffect(e: Effect, labels: Record<string, string> = {}): string {
	const name = labels[e.key] ?? e.key;
	return e.op === 'set' ? `${name} = ${e.value}` : `${name} ${e.value < 0 ? '-' : '+'}${Math.abs(e.value)}`;
}
