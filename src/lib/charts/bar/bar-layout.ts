import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import type { Unit } from '../../data/schema.ts';
import { formatTick } from '../../format/number.ts';
import type { Lang } from '../../i18n/langs.ts';
import { estimateTextWidth } from '../text-width.ts';
import type { BarDatum, BarLayout } from './types.ts';

export const FONT_SIZE = 15;
const ROW_HEIGHT = 40;
const BAR_HEIGHT = 24;
const AXIS_HEIGHT = 28;
const VALUE_GAP = 6;

const round = (n: number) => Math.round(n * 100) / 100;

/** Horizontal bars: labels on the left, one row per datum, value label after the bar or whisker. */
export function layoutBars(data: readonly BarDatum[], unit: Unit, lang: Lang, width = 640): BarLayout {
	const labelWidth = Math.min(width * 0.4, (max(data, (d) => estimateTextWidth(d.label, FONT_SIZE)) ?? 0) + 12);
	const valueRoom = (max(data, (d) => estimateTextWidth(`${d.display} †`, FONT_SIZE)) ?? 0) + VALUE_GAP;
	const plotLeft = round(labelWidth);
	const plotRight = round(width - valueRoom);
	const top = 4;
	const height = top + data.length * ROW_HEIGHT + AXIS_HEIGHT;
	const highest = max(data, (d) => Math.max(d.value ?? 0, d.ciHigh ?? 0)) ?? 0;
	const domainMax = unit === 'percent' ? Math.min(100, highest || 1) : highest || 1;
	const x = scaleLinear().domain([0, domainMax]).range([plotLeft, plotRight]).nice();
	const bars = data.map((d, i) => {
		const y = top + i * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2;
		const barWidth = d.value === null ? 0 : round(x(d.value) - plotLeft);
		const ciX0 = d.ciLow === null ? null : round(x(d.ciLow));
		const ciX1 = d.ciHigh === null ? null : round(x(d.ciHigh));
		const end = Math.max(plotLeft + barWidth, ciX1 ?? 0);
		return {
			...d,
			y: round(y),
			barHeight: BAR_HEIGHT,
			barWidth,
			ciX0,
			ciX1,
			valueX: round(end + VALUE_GAP),
			textY: round(y + BAR_HEIGHT / 2)
		};
	});
	const ticks = x.ticks(5).map((t) => ({ x: round(x(t)), label: formatTick(t, unit, lang) }));
	return { width, height, plotLeft, plotRight: round(x.range()[1] ?? plotRight), plotTop: top, plotBottom: height - AXIS_HEIGHT, bars, ticks };
}
