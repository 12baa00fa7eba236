// An attempt as the learner's browser keeps it, so a reload or a closed tab resumes where they were.
// The same shape goes to the server as a draft (PUT /api/drafts/<roleplay>) and, at the ending,
// as the submission (POST /api/attempts), which replays `choices` itself.

export interface Attempt {
	/** uuid made in the browser; a retried submission with the same id is stored once */
	id: string;
	roleplay: string;
	version: string;
	/** 1-based positions in the file's order, one per step answered */
	choices: number[];
	startedAt: string;
	updatedAt: string;
}

export function newAttempt(roleplay: string, version: string): Attempt {
	const now = new Date().toISOString();
	return { id: crypto.randomUUID(), roleplay, version, choices: [], startedAt: now, updatedAt: now };
}

const keyOf = (roleplay: string) => `peilian:attempt:${roleplay}`;

export function isAttempt(value: unknown, roleplay: string): value is Attempt {
	if (typeof value !== 'object' || value === null) return false;
	const a = value as Record<string, unknown>;
	return (
		typeof a.id === 'string' &&
		a.roleplay === roleplay &&
		typeof a.version === 'string' &&
		Array.isArray(a.choices) &&
		a.choices.every((c) => Number.isInteger(c) && (c as number) > 0) &&
		typeof a.startedAt === 'string' &&
		typeof a.updatedAt === 'string'
	);
}

/** Anything unreadable (another tab's old format, a hand-edited value) counts as no attempt. */
export function loadLocal(roleplay: string): Attempt | null {
	try {
		const raw = localStorage.getItem(keyOf(roleplay));
		const value: unknown = raw === null ? null : JSON.parse(raw);
		return isAttempt(value, roleplay) ? value : null;
	} catch {
		return null;
	}
}

export function saveLocal(attempt: Attempt): void {
	try {
		localStorage.setItem(keyOf(attempt.roleplay), JSON.stringify(attempt));
	} catch {
		// Private mode or a full quota: the attempt still plays, it just will not survive a reload.
	}
}

export function clearLocal(roleplay: string): void {
	try {
		localStorage.removeItem(keyOf(roleplay));
	} catch {
		// Same as above: nothing was stored.
	}
}

/** The draft to resume: the one touched last, so a change of device picks up the newer progress. */
export function newer(a: Attempt | null, b: Attempt | null): Attempt | null {
	if (!a || !b) return a ?? b;
	return b.updatedAt > a.updatedAt ? b : a;
}
