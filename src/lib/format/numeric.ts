// Numeric helpers shared by the chart layouts and the image frame: one definition each.

/**
 * `n` rounded to `decimals` places (default 2). Chart coordinates are rounded once, in the layout
 * functions, so SVG output is short and snapshots do not churn: `round(12.3456)` is 12.35.
 */
export function round(n: number, decimals = 2): number {
	const factor = 10 ** decimals;
	return Math.round(n * factor) / factor;
}

/** `n` limited to [min, max]; `min` wins when the range is empty (min > max): `clamp(7, 0, 5)` is 5, `clamp(7, 6, 4)` is 6. */
export function clamp(n: number, min: number, max: number): number {
	return Math.max(min, Math.min(max, n));
}
