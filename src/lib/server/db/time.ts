// Timestamps are stored as ISO-8601 UTC text (see schema.ts).
export function now(): string {
	return new Date().toISOString();
}

export function later(ms: number, from = Date.now()): string {
	return new Date(from + ms).toISOString();
}
