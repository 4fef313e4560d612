import { round } from '../../format/numeric.ts';
import { scaleLinear, type ContinuousScale as ScaleLinear } from '../linear-scale.ts';
import type { Unit } from '../../data/schema.ts';
import { formatTicks } from '../../format/number.ts';
import type { Lang } from '../../i18n/langs.ts';
import { estimateTextWidth } from '../text-width.ts';
import { REGULAR_WIDTH } from './label-placement.ts';
import type { LineSegment, PlacedBreak, SeriesBreak } from './types.ts';

/** Gap kept between two x-axis labels; closer ones are thinned out. */
const TICK_GAP = 10;

/** The value scale: from 0 (or the lowest value, if negative) to a nice maximum; percent stops at 100. */
export function valueDomain(segments: readonly LineSegment[], unit: Unit): ScaleLinear {
	const values = segments.flatMap((s) => s.points.flatMap((p) => [p.value, p.ciLow ?? p.value, p.ciHigh ?? p.value]));
	const highest = Math.max(...values);
	const lowest = Math.min(0, ...values);
	const top = unit === 'percent' ? Math.min(100, highest) : highest;
	// A span too small to tick (all values equal, or a subnormal like 5e-324) gets a unit range instead.
	const y = scaleLinear()
		.domain([lowest, top - lowest > 1e-9 ? top : lowest + 1])
		.nice(5);
	const [d0 = 0, d1 = 1] = y.domain();
	return unit === 'percent' && d1 > 100 ? y.domain([d0, 100]) : y;
}

export function valueTicks(y: ScaleLinear, unit: Unit, lang: Lang): { value: number; label: string }[] {
	const values = y.ticks(5);
	const labels = formatTicks(values, unit, lang);
	return values.map((value, i) => ({ value, label: labels[i]! }));
}

/**
 * Ticks only where there is data, labelled with the wave's own label. When labels would overlap,
 * the first and last wave win, then the survey waves of solid segments, then the rest in x order.
 */
export function waveTicks(
	segments: readonly LineSegment[],
	x: (v: number) => number,
	fontSize: number
): { x: number; label: string; box: { x0: number; x1: number } }[] {
	const byX = new Map<number, { label: string; solid: boolean }>();
	for (const s of segments)
		for (const p of s.points) {
			const seen = byX.get(p.x);
			if (!seen) byX.set(p.x, { label: p.xLabel, solid: s.style === 'solid' });
			else if (s.style === 'solid') seen.solid = true;
		}
	const waves = [...byX.entries()].map(([value, w]) => ({ value, ...w })).sort((a, b) => a.value - b.value);
	const first = waves[0]?.value;
	const last = waves.at(-1)?.value;
	const rank = (w: { value: number; solid: boolean }) => (w.value === first || w.value === last ? 0 : w.solid ? 1 : 2);
	const ordered = [...waves].sort((a, b) => rank(a) - rank(b) || a.value - b.value);
	const kept: { x: number; label: string; box: { x0: number; x1: number } }[] = [];
	for (const w of ordered) {
		const px = round(x(w.value));
		const half = (estimateTextWidth(w.label, fontSize) * REGULAR_WIDTH) / 2;
		const box = { x0: px - half - TICK_GAP / 2, x1: px + half + TICK_GAP / 2 };
		if (kept.every((k) => box.x1 <= k.box.x0 || box.x0 >= k.box.x1)) kept.push({ x: px, label: w.label, box });
	}
	return kept.sort((a, b) => a.x - b.x);
}

/**
 * Break labels sit above the plot, centred on their line but kept inside the drawing; a label that
 * would overlap an earlier one goes to the next row. Returns the breaks (without y2) and the rows used.
 */
export function placeBreakLabels(
	breaks: readonly SeriesBreak[],
	x: (v: number) => number,
	width: number,
	fontSize: number,
	rowHeight: number,
	top: number
): { breaks: Omit<PlacedBreak, 'y2'>[]; rows: number; boxes: { x0: number; x1: number; row: number }[] } {
	const boxes: { x0: number; x1: number; row: number }[] = [];
	const placed = [...breaks]
		.sort((a, b) => a.x - b.x)
		.map((b) => {
			const bx = round(x(b.x));
			const w = estimateTextWidth(b.label, fontSize) * REGULAR_WIDTH;
			const x0 = Math.max(2, Math.min(width - 2 - w, bx - w / 2));
			let row = 0;
			while (boxes.some((o) => o.row === row && x0 < o.x1 + 8 && x0 + w > o.x0 - 8)) row++;
			boxes.push({ x0, x1: x0 + w, row });
			const labelY = round(top + row * rowHeight + rowHeight / 2);
			return {
				x: bx,
				label: b.label,
				y1: round(labelY + rowHeight / 2),
				labelX: round(x0 + w / 2),
				labelY,
				labelAnchor: 'middle' as const
			};
		});
	return { breaks: placed, rows: boxes.length === 0 ? 0 : Math.max(...boxes.map((b) => b.row)) + 1, boxes };
}
