// A tile's small trend: one line per run of comparable values, a gap and a dashed tick at each series
// break, the first and last wave under a zero baseline. Pure, so the geometry is tested without Svelte.
import { round } from '../../format/numeric.ts';
import type { SparkInput, SparkLayout } from './types.ts';

export const SPARK_WIDTH = 240;
export const SPARK_HEIGHT = 72;
const PAD_X = 8;
const TOP = 8;
/** Room under the baseline for the wave labels (12 px text). */
const BOTTOM = 20;

export function sparkLayout(input: SparkInput, width = SPARK_WIDTH, height = SPARK_HEIGHT): SparkLayout {
	const points = input.runs.flatMap((r) => r.points);
	const xs = points.map((p) => p.x);
	const x0 = Math.min(...xs);
	const x1 = Math.max(...xs);
	// Percentages and hours start at zero: a tile never exaggerates a change.
	const top = Math.max(0, ...points.map((p) => p.value)) || 1;
	const baseY = height - BOTTOM;
	const px = (x: number) => round(x1 === x0 ? width / 2 : PAD_X + ((x - x0) / (x1 - x0)) * (width - 2 * PAD_X), 2);
	const py = (v: number) => round(baseY - (v / top) * (baseY - TOP), 2);
	const runs = input.runs.map((r) => {
		const placed = r.points.map((p) => ({ ...p, cx: px(p.x), cy: py(p.value) }));
		const d = placed.length > 1 ? placed.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.cx},${p.cy}`).join(' ') : null;
		return { key: r.key, dashed: r.dashed, d, points: placed };
	});
	const sorted = [...points].sort((a, b) => a.x - b.x);
	const first = sorted[0];
	const last = sorted.at(-1);
	const labelY = height - 5;
	const labels =
		!first || !last
			? []
			: first.x === last.x
				? [{ x: px(first.x), y: labelY, anchor: 'middle' as const, text: first.xLabel }]
				: [
						{ x: px(first.x), y: labelY, anchor: 'start' as const, text: first.xLabel },
						{ x: px(last.x), y: labelY, anchor: 'end' as const, text: last.xLabel }
					];
	return {
		width,
		height,
		runs,
		breaks: input.breaks.map((x) => ({ x: px(x), y1: TOP - 4, y2: baseY })),
		baseline: { x1: 0, x2: width, y: baseY },
		labels
	};
}
