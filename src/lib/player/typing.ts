// How long the customer "types" before a line appears: long enough to feel like a person, short enough
// never to make a learner wait. Narration is a stage direction and appears almost at once.
import type { Line } from '$lib/roleplay/play';

export function typingDelay(line: Line): number {
	if (line.kind === 'narration') return 250;
	const characters = line.html.replace(/<[^>]*>/g, '').length;
	return Math.min(400 + characters * 18, 1400);
}
