// End-of-line labels of a chart: labels that would sit on top of each other (several series ending at
// the same value) are pushed apart to at least `gap` pixels, staying as close to their points as they
// can and inside [top, bottom].

export function spreadLabels(wanted: number[], gap: number, top: number, bottom: number): number[] {
	const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
	const at = order.map((o) => o.y);
	// Downwards: each label at least `gap` below the one above it.
	for (let k = 1; k < at.length; k++) at[k] = Math.max(at[k], at[k - 1] + gap);
	// If that ran past the bottom, slide the tail back up, keeping the gaps.
	if (at.length && at[at.length - 1] > bottom) {
		at[at.length - 1] = bottom;
		for (let k = at.length - 2; k >= 0; k--) at[k] = Math.min(at[k], at[k + 1] - gap);
	}
	for (let k = 0; k < at.length; k++) at[k] = Math.max(at[k], top);
	const result = new Array<number>(wanted.length);
	order.forEach((o, k) => (result[o.i] = at[k]));
	return result;
}
