import { isCompact } from '../frame.ts';
import { round } from '../../format/numeric.ts';
import { max } from 'd3-array';
import { linearScale } from '../linear-scale.ts';
import type { Unit } from '../../data/schema.ts';
import { formatTick } from '../../format/number.ts';
import type { Lang } from '../../i18n/langs.ts';
import { BOLD_WIDTH } from '../line/label-placement.ts';
import { estimateTextWidth } from '../text-width.ts';
import type { BarDatum, BarLayout } from './types.ts';

/** Font size of the wide layout (labels beside the bars). */
export const FONT_SIZE = 15;
/** Font size of the compact layout: 16 units of a 360-wide drawing are 11.3 CSS px at 254 px (a 320 px screen). */
export const COMPACT_FONT_SIZE = 16;
/** Default width: compact, so the chart reads on a phone without JavaScript measuring anything. */
export const DEFAULT_WIDTH = 360;

const AXIS_HEIGHT = 28;
const VALUE_GAP = 6;

/** Wide rows: label left of the bar, on the same line. */
const WIDE = { row: 40, bar: 24, barTop: 8 };
/** Compact rows: label on its own line, the bar under it. */
const COMPACT = { row: 56, bar: 22, barTop: 25, labelCentre: 14 };

/**
 * Horizontal bars, one row per datum, the value label after the bar or whisker. Wide drawings put the
 * group labels left of the bars; drawings of COMPACT_MAX_WIDTH or less put them above full-width bars.
 */
export function layoutBars(data: readonly BarDatum[], unit: Unit, lang: Lang, width = DEFAULT_WIDTH): BarLayout {
	const compact = isCompact(width);
	const fontSize = compact ? COMPACT_FONT_SIZE : FONT_SIZE;
	const rows = compact ? COMPACT : WIDE;
	// Value labels are semibold: up to 20% wider than estimated in DejaVu Sans (label-placement.ts).
	const valueRoom = (max(data, (d) => estimateTextWidth(`${d.display} †`, fontSize) * BOLD_WIDTH) ?? 0) + VALUE_GAP;
	// Compact: room for half of the centred "0%" tick label left of the baseline.
	const plotLeft = compact
		? round(Math.max(4, (estimateTextWidth(formatTick(0, unit, lang), fontSize) * 1.12) / 2 + 2))
		: round(Math.min(width * 0.4, (max(data, (d) => estimateTextWidth(d.label, fontSize)) ?? 0) + 12));
	const plotRight = round(width - valueRoom);
	const top = 4;
	const height = top + data.length * rows.row + AXIS_HEIGHT;
	const highest = max(data, (d) => Math.max(d.value ?? 0, d.ciHigh ?? 0)) ?? 0;
	const domainMax = unit === 'percent' ? Math.min(100, highest || 1) : highest || 1;
	const x = linearScale([0, domainMax], [plotLeft, plotRight], 10);
	const bars = data.map((d, i) => {
		const rowY = top + i * rows.row;
		const y = rowY + rows.barTop;
		const barWidth = d.value === null ? 0 : round(x(d.value) - plotLeft);
		const ciX0 = d.ciLow === null ? null : round(x(d.ciLow));
		const ciX1 = d.ciHigh === null ? null : round(x(d.ciHigh));
		const end = Math.max(plotLeft + barWidth, ciX1 ?? 0);
		const textY = round(y + rows.bar / 2);
		return {
			...d,
			rowY: round(rowY),
			labelY: compact ? round(rowY + COMPACT.labelCentre) : textY,
			y: round(y),
			barHeight: rows.bar,
			barWidth,
			ciX0,
			ciX1,
			valueX: round(end + VALUE_GAP),
			textY
		};
	});
	const ticks = x.ticks(compact ? 4 : 5).map((t) => ({ x: round(x(t)), label: formatTick(t, unit, lang) }));
	return {
		width,
		height,
		compact,
		fontSize,
		rowHeight: rows.row,
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
