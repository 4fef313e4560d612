import { isCompact } from '../frame.ts';
import { scaleLinear } from '../linear-scale.ts';
import type { Unit } from '../../data/schema.ts';
import type { Lang } from '../../i18n/langs.ts';
import { estimateTextWidth } from '../text-width.ts';
import { BREAK_FONT_SIZE, FONT_SIZE, KEY_WIDTH, placeLabels } from './line-labels.ts';
import { round } from '../../format/numeric.ts';
import { placeBreakLabels, valueDomain, valueTicks, waveTicks } from './line-axes.ts';
import { markerPath, shapes } from './marker-shapes.ts';
import {
	BOLD_WIDTH,
	LINE_HEIGHT,
	REGULAR_WIDTH,
	spacedWidth,
	textBox,
	wrapLabel,
	wrapSpaced,
	type Box
} from './label-placement.ts';
import type { LineChartStatus, LinePoint, LineSegment, PlacedSegment, PlacedPoint, SeriesBreak } from './types.ts';

export { BREAK_FONT_SIZE, FONT_SIZE };

/** Room left and right of the outermost waves, so their centred value labels stay in the plot. */
const X_PAD = 26;
const AXIS_HEIGHT = 30;
const BREAK_ROW = 18;
/** Room above the plot for the value label of a point at the top of the scale. */
const HEADROOM = 20;
const EMPTY_HEIGHT = 120;
const TOP = 4;
/** Default width: narrow, so that 14-unit text is 11 CSS px on a 320 px screen (254 px of chart). */
export const DEFAULT_WIDTH = 320;

/**
 * Trend lines over survey waves. Each segment is drawn from its own points only: a segment never
 * connects to another, and each series break is a dashed vertical line with its label on top.
 *
 * @example layoutLines([{ key: 'paq', label: 'EHIS-PAQ', style: 'solid', points }], [], 'percent', 'nl')
 */
export function layoutLines(
	segments: readonly LineSegment[],
	breaks: readonly SeriesBreak[],
	unit: Unit,
	lang: Lang,
	width = DEFAULT_WIDTH,
	plotHeight?: number
): LineChartStatus {
	const drawn = segments
		.map((s, index) => ({ ...s, index, points: [...s.points].sort((a, b) => a.x - b.x) }))
		.filter((s) => s.points.length > 0);
	if (drawn.length === 0)
		return { ok: false, reason: 'no_chart_data', width, height: EMPTY_HEIGHT, fontSize: FONT_SIZE };

	const y = valueDomain(drawn, unit);
	const yTickValues = valueTicks(y, unit, lang);
	const plotLeft = round(
		Math.max(...yTickValues.map((t) => estimateTextWidth(t.label, FONT_SIZE) * REGULAR_WIDTH)) + 12
	);
	const { x, plotRight, labels } = waveScale(drawn, plotLeft, width);

	const placedBreaks = placeBreakLabels(breaks, x, width, BREAK_FONT_SIZE, BREAK_ROW, TOP);
	const plotTop = round(TOP + placedBreaks.rows * BREAK_ROW + HEADROOM);
	const plotBottom = round(plotTop + (plotHeight ?? Math.round(width * (isCompact(width) ? 0.62 : 0.42))));
	const height = round(plotBottom + AXIS_HEIGHT);
	y.range([plotBottom, plotTop]);

	const placedSegments = drawn.map((s) => placeSegment(s, s.index, x, y, labels.get(s.key) ?? [s.label]));
	const xTicks = waveTicks(drawn, x, FONT_SIZE);
	const yTicks = yTickValues.map((t) => ({ y: round(y(t.value)), label: t.label }));
	const fixedTexts: Box[] = [
		...xTicks.map((t) => ({ x0: t.box.x0 + 5, x1: t.box.x1 - 5, y0: plotBottom + 8, y1: plotBottom + 28 })),
		...yTicks.map((t) => textBox({ x: plotLeft - 8, y: t.y, anchor: 'end', lines: [t.label] }, FONT_SIZE)),
		...placedBreaks.boxes.map((b) => ({
			x0: b.x0,
			x1: b.x1,
			y0: TOP + b.row * BREAK_ROW,
			y1: TOP + (b.row + 1) * BREAK_ROW
		}))
	];
	const fullBreaks = placedBreaks.breaks.map((b) => ({ ...b, y2: plotBottom }));
	const bounds = { x0: 0, y0: 0, x1: width, y1: height };
	const unplaced = placeLabels(placedSegments, fullBreaks, fixedTexts, bounds, isCompact(width));
	const keyHeight = placeInKey(unplaced, height, width);

	return {
		ok: true,
		layout: {
			width,
			height: height + keyHeight,
			fontSize: FONT_SIZE,
			plotLeft,
			plotRight,
			plotTop,
			plotBottom,
			segments: placedSegments,
			breaks: fullBreaks,
			xTicks: xTicks.map((t) => ({ x: t.x, label: t.label })),
			yTicks
		}
	};
}

/**
 * The x scale over the waves, with room on the right for the direct labels of the segments that end
 * at the last wave (wrapped to two lines when long).
 */
function waveScale(drawn: readonly LineSegment[], plotLeft: number, width: number) {
	const xs = drawn.flatMap((s) => s.points.map((p) => p.x));
	const [minX, maxX] = [Math.min(...xs), Math.max(...xs)];
	const maxLabelWidth = (width * 0.34 - KEY_WIDTH) / BOLD_WIDTH;
	const labels = new Map(drawn.map((s) => [s.key, wrapLabel(s.label, maxLabelWidth, FONT_SIZE)]));
	// With room for the reader's text spacing (WCAG 1.4.12), so the label stays beside its last point then too.
	const widthOf = (lines: string[]) => Math.max(...lines.map((l) => spacedWidth(l, FONT_SIZE, BOLD_WIDTH)));
	const endLabelWidth = Math.max(
		0,
		...drawn.filter((s) => s.points.at(-1)?.x === maxX).map((s) => widthOf(labels.get(s.key) ?? [s.label]))
	);
	// The last wave sits X_PAD inside plotRight; its direct label starts 10 px right of it and ends 8 px
	// before the edge.
	const plotRight = round(width - Math.max(8, Math.min(width * 0.36, endLabelWidth + 18) - X_PAD));
	const x = scaleLinear()
		.domain(minX === maxX ? [minX - 1, maxX + 1] : [minX, maxX])
		.range([plotLeft + X_PAD, plotRight - X_PAD]);
	return { x, plotRight, labels };
}

/**
 * The direct labels with no place beside the lines, one per row under the x axis, each after its
 * segment's marker and wrapped to the width (with room for the reader's text spacing). Returns the
 * height the key adds.
 */
function placeInKey(segments: readonly PlacedSegment[], top: number, width: number): number {
	const lineHeight = FONT_SIZE * LINE_HEIGHT;
	let y = top + 4;
	for (const s of segments) {
		const lines = wrapSpaced(s.label, width - KEY_WIDTH - 4, FONT_SIZE, BOLD_WIDTH);
		const first = round(y + lineHeight / 2);
		s.directLabel = { x: KEY_WIDTH + 2, y: first, anchor: 'start', lines, key: '' };
		s.keyMarker = markerPath(s.shape, 7, first);
		y += lines.length * lineHeight + 6;
	}
	return segments.length ? round(y - top) : 0;
}

function placeSegment(
	s: LineSegment,
	index: number,
	x: (v: number) => number,
	y: (v: number) => number,
	lines: string[]
): PlacedSegment {
	const shape = shapes[index % shapes.length] ?? 'circle';
	const points: PlacedPoint[] = s.points.map((p) => {
		const px = round(x(p.x));
		const py = round(y(p.value));
		return { ...p, px, py, marker: markerPath(shape, px, py), valueLabel: null };
	});
	const path = points.length < 2 ? null : points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.px},${p.py}`).join('');
	const last = points.at(-1) as PlacedPoint;
	return {
		key: s.key,
		label: s.label,
		style: s.style,
		index,
		colour: ((index % 3) + 1) as 1 | 2 | 3,
		shape,
		path,
		...confidence(points, y),
		points,
		// Provisional: right of the last point; line-labels.ts moves it if that covers something.
		directLabel: { x: round(last.px + 10), y: last.py, anchor: 'start', lines, key: '' },
		keyMarker: null
	};
}

/** A band over every run of two or more consecutive points with a CI; a whisker for a lone one. */
function confidence(
	points: readonly PlacedPoint[],
	y: (v: number) => number
): Pick<PlacedSegment, 'ciBand' | 'ciWhiskers'> {
	const runs: PlacedPoint[][] = [];
	let run: PlacedPoint[] = [];
	for (const p of points) {
		if (hasCi(p)) run.push(p);
		else if (run.length > 0) {
			runs.push(run);
			run = [];
		}
	}
	if (run.length > 0) runs.push(run);
	const yOf = (v: number | null) => round(y(v ?? 0));
	const band = runs
		.filter((r) => r.length > 1)
		.map((r) => {
			const low = r.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.px},${yOf(p.ciLow)}`).join('');
			const high = [...r]
				.reverse()
				.map((p) => `L${p.px},${yOf(p.ciHigh)}`)
				.join('');
			return `${low}${high}Z`;
		})
		.join('');
	const ciWhiskers = runs
		.filter((r) => r.length === 1)
		.flatMap((r) => r)
		.map((p) => {
			const [yLow, yHigh, x0, x1] = [yOf(p.ciLow), yOf(p.ciHigh), round(p.px - 4), round(p.px + 4)];
			return { x: p.px, yLow, yHigh, d: `M${x0},${yHigh}H${x1}M${p.px},${yHigh}V${yLow}M${x0},${yLow}H${x1}` };
		});
	return { ciBand: band || null, ciWhiskers };
}

const hasCi = (p: LinePoint) => p.ciLow !== null && p.ciHigh !== null;
