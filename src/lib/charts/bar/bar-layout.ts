import { isCompact } from '../frame.ts';
import { round } from '../../format/numeric.ts';
import { max } from 'd3-array';
import { linearScale } from '../linear-scale.ts';
import type { Unit } from '../../data/schema.ts';
import { formatTick, formatTicks } from '../../format/number.ts';
import type { Lang } from '../../i18n/langs.ts';
import { BOLD_WIDTH, REGULAR_WIDTH, spacedWidth, wrapLabel, wrapSpaced } from '../line/label-placement.ts';
import { estimateTextWidth } from '../text-width.ts';
import type { BarDatum, BarLayout } from './types.ts';

/** Font size of the wide layout (labels beside the bars). */
export const FONT_SIZE = 15;
/** Font size of the compact layout (labels above the bars); within TEXT_UNITS (widths.ts). */
export const COMPACT_FONT_SIZE = 15;
/** Default width: compact, so the chart reads on a phone without JavaScript measuring anything. */
export const DEFAULT_WIDTH = 360;

const AXIS_HEIGHT = 28;
const VALUE_GAP = 6;

/** Wide rows: label left of the bar, on the same line (two lines fit beside a bar). */
const WIDE = { row: 40, bar: 24, barTop: 8 };
/** Compact rows: label on its own line(s), the bar under it. */
const COMPACT = { row: 56, bar: 22, barTop: 25, labelCentre: 14 };
/** Line height of a wrapped group label, in units. */
const LABEL_LINE = 17;

/** A group label in at most two lines of `room` units, or null when two lines are not enough. */
function fitLabel(label: string, room: number, fontSize: number): string[] | null {
	const lines = wrapLabel(label, room / REGULAR_WIDTH, fontSize);
	const fits = lines.length <= 2 && lines.every((l) => estimateTextWidth(l, fontSize) * REGULAR_WIDTH <= room);
	return fits ? lines : null;
}

/**
 * Horizontal bars, one row per datum, the value label after the bar or whisker. Wide drawings put the
 * group labels left of the bars (in two lines when long); drawings of COMPACT_MAX_WIDTH or less, and
 * wide ones whose labels do not fit in two lines in 40 % of the width, put them above full-width bars,
 * wrapped to the width, so a label is never cut.
 */
export function layoutBars(data: readonly BarDatum[], unit: Unit, lang: Lang, width = DEFAULT_WIDTH): BarLayout {
	const fontSize = isCompact(width) ? COMPACT_FONT_SIZE : FONT_SIZE;
	const labelRoom = width * 0.4 - 12;
	const wideLabels = isCompact(width) ? null : data.map((d) => fitLabel(d.label, labelRoom, fontSize));
	const compact = wideLabels === null || wideLabels.some((l) => l === null);
	const rows = compact ? COMPACT : WIDE;
	// Value labels are semibold: up to 20% wider than estimated in DejaVu Sans (label-placement.ts).
	// Room also for the WCAG 1.4.12 text spacing a reader may set (0.12 em per letter, 0.16 em per
	// space), so the value and its † stay inside the chart.
	const valueRoom = (max(data, (d) => spacedWidth(`${d.display} †`, fontSize, BOLD_WIDTH)) ?? 0) + VALUE_GAP;
	// Compact: room for half of the centred "0%" tick label left of the baseline.
	const plotLeft = compact
		? round(Math.max(4, (estimateTextWidth(formatTick(0, unit, lang), fontSize) * 1.12) / 2 + 2))
		: round(
				Math.min(
					width * 0.4,
					(max(wideLabels ?? [], (l) => max(l ?? [], (line) => estimateTextWidth(line, fontSize) * REGULAR_WIDTH)) ??
						0) + 12
				)
			);
	// Compact labels wrap to the drawing's width, with room for the text spacing a reader may set
	// (WCAG 1.4.12), in as many lines as that takes; a single word wider than that keeps its line.
	const compactRoom = width - plotLeft - 4;
	const labels = compact
		? data.map((d) => wrapSpaced(d.label, compactRoom, fontSize, REGULAR_WIDTH))
		: (wideLabels as string[][]);
	// A long value ("9,8 points de pourcentage †") in a phone drawing must not leave the bars no room
	// (a negative width): the plot keeps at least 30 % of the width, the value then runs into the margin.
	const plotRight = round(Math.max(plotLeft + width * 0.3, width - valueRoom));
	const top = 4;
	const rowHeights = labels.map((l) => rows.row + (compact ? (l.length - 1) * LABEL_LINE : 0));
	const rowTops = rowHeights.map((_, i) => top + rowHeights.slice(0, i).reduce((a, b) => a + b, 0));
	const height = top + rowHeights.reduce((a, b) => a + b, 0) + AXIS_HEIGHT;
	const highest = max(data, (d) => Math.max(d.value ?? 0, d.ciHigh ?? 0)) ?? 0;
	const domainMax = unit === 'percent' ? Math.min(100, highest || 1) : highest || 1;
	const x = linearScale([0, domainMax], [plotLeft, plotRight], 10);
	const bars = data.map((d, i) => {
		const lines = labels[i] ?? [d.label];
		const rowY = rowTops[i] ?? top;
		const extra = compact ? (lines.length - 1) * LABEL_LINE : 0;
		const y = rowY + rows.barTop + extra;
		const barWidth = d.value === null ? 0 : round(x(d.value) - plotLeft);
		const ciX0 = d.ciLow === null ? null : round(x(d.ciLow));
		const ciX1 = d.ciHigh === null ? null : round(x(d.ciHigh));
		const end = Math.max(plotLeft + barWidth, ciX1 ?? 0);
		const textY = round(y + rows.bar / 2);
		// The first line's centre: above the bar (compact), or the block centred on the bar (wide).
		const labelY = compact ? round(rowY + COMPACT.labelCentre) : round(textY - ((lines.length - 1) * LABEL_LINE) / 2);
		return {
			...d,
			labelLines: lines,
			rowY: round(rowY),
			rowHeight: rowHeights[i] ?? rows.row,
			labelY,
			y: round(y),
			barHeight: rows.bar,
			barWidth,
			ciX0,
			ciX1,
			valueX: round(end + VALUE_GAP),
			textY
		};
	});
	const tickValues = x.ticks(compact ? 4 : 5);
	const tickLabels = formatTicks(tickValues, unit, lang);
	const ticks = tickValues.map((t, i) => ({ x: round(x(t)), label: tickLabels[i]! }));
	return {
		width,
		height,
		compact,
		fontSize,
		rowHeight: rows.row,
		labelLineHeight: LABEL_LINE,
		labelX: compact ? plotLeft : round(plotLeft - 8),
		labelAnchor: compact ? 'start' : 'end',
		plotLeft,
		plotRight: round(x.range()[1] ?? plotRight),
		plotTop: top,
		plotBottom: height - AXIS_HEIGHT,
		noDataX: round(plotLeft + 4),
		bars,
		ticks
	};
}
