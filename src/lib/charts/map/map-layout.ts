import { isCompact } from '../frame.ts';
import { round } from '../../format/numeric.ts';
import { extent } from 'd3-array';
import type { Unit } from '../../data/schema.ts';
import { formatNumber, formatTick } from '../../format/number.ts';
import type { Lang } from '../../i18n/langs.ts';
import { calloutBox, pathBox } from './callout.ts';
import geometry from './regions.json' with { type: 'json' };
import {
	fillClasses,
	type FillClass,
	type MapClasses,
	type MapDatum,
	type MapLayout,
	type PlacedRegion,
	type RegionCode
} from './types.ts';

export const FONT_SIZE = 14;
export const VALUE_FONT_SIZE = 15;
const SWATCH = 20;
const LEGEND_LEFT = 20;
const LEGEND_BOTTOM_GAP = 14;
const NO_DATA_GAP = 12;
const MAX_HEIGHT_SHARE = 0.6;

/** Precomputed by scripts/build-region-geometry.mjs (600 × 480, Belgian Lambert 2008). */
interface RegionGeometry {
	code: RegionCode;
	path: string;
	label: [number, number];
	leaderTo: [number, number] | null;
}
const outlines = geometry.regions as RegionGeometry[];
export const GEO_WIDTH = geometry.width;
export const GEO_HEIGHT = geometry.height;
/** Half the outlines' size: text stays 14 units, so it reads at 320 CSS px (11.9 px on 254 px of chart). */
export const DEFAULT_WIDTH = 300;

/**
 * Units measured from a true zero that readers compare as amounts; their classes start at 0. Rates
 * and scores start at the lowest value so that three regions still get distinct colours.
 */
const fromZero: Record<Unit, boolean> = {
	percent: false,
	hours_per_day: false,
	percentage_points: false,
	ratio: false,
	score_0_10: false,
	percent_reduction: false,
	percent_of_association: false,
	count: true,
	per_1000: true,
	mean_count: true,
	million_eur: true
};

const EPS = 1e-9;

/**
 * Five equal classes over the values, with limits on a round step: the lowest value (or 0) and the
 * highest are rounded outward to whole multiples of a power of ten (whole numbers at least for
 * percent), and widened until the range splits into five equal whole steps. E.g. 26, 34, 40 % →
 * 25, 28, 31, 34, 37, 40.
 */
export function classify(values: readonly (number | null)[], unit: Unit): MapClasses {
	const [min, max] = extent(values.filter((v): v is number => v !== null && Number.isFinite(v)));
	if (min === undefined || max === undefined) return { thresholds: [], decimals: 0 };
	const zero = fromZero[unit] && min >= 0;
	const span = max - (zero ? 0 : min);
	// At least ten steps of u across the values, so widening to a multiple of five wastes little room.
	const magnitude = (span > 0 ? span : Math.abs(max)) / 10 || 1;
	let exponent = Math.floor(Math.log10(magnitude));
	if (unit === 'percent') exponent = Math.max(0, exponent);
	const u = 10 ** exponent;
	let lo = zero ? 0 : Math.floor(min / u + EPS);
	let hi = Math.ceil(max / u - EPS);
	if (hi === lo) hi += 1;
	// Percent limits stay within 0..100; otherwise widen downward and upward in turn.
	const floor = zero || unit === 'percent' ? Math.min(lo, 0) : -Infinity;
	const ceiling = unit === 'percent' ? 100 : Infinity;
	for (let down = !zero; (hi - lo) % 5 !== 0; down = !down) {
		if (down && lo - 1 >= floor) lo -= 1;
		else if (hi + 1 <= ceiling) hi += 1;
		else lo -= 1;
	}
	const decimals = Math.max(0, -exponent);
	const step = (hi - lo) / 5;
	const thresholds = Array.from({ length: 6 }, (_, i) => Number(((lo + i * step) * u).toFixed(decimals)));
	return { thresholds, decimals };
}

/** The class of a value; null (no data) is never given a colour class. */
export function fillFor(value: number | null, classes: MapClasses): FillClass {
	const t = classes.thresholds;
	const lo = t[0];
	const hi = t[5];
	if (value === null || !Number.isFinite(value) || lo === undefined || hi === undefined) return 'fill-none';
	const i = Math.floor(((value - lo) / (hi - lo)) * 5 + EPS);
	return fillClasses[Math.min(4, Math.max(0, i))] ?? 'fill-none';
}

function scalePath(path: string, k: number): string {
	return k === 1 ? path : path.replace(/-?\d+(?:\.\d+)?/g, (n) => String(round(Number(n) * k)));
}

/**
 * A region's outline at scale k and its bounds, by region and scale: every map of one width draws
 * the same three outlines, and scaling them was 0.4 s of a build's prerender (issue #13). A few
 * widths only (the chart widths); emptied past 100 entries all the same.
 */
const scaledOutlines = new Map<string, { path: string; box: PlacedRegion['box'] }>();

function scaledOutline(outline: RegionGeometry, k: number): { path: string; box: PlacedRegion['box'] } {
	const key = `${outline.code} ${k}`;
	let scaled = scaledOutlines.get(key);
	if (!scaled) {
		if (scaledOutlines.size >= 100) scaledOutlines.clear();
		const path = scalePath(outline.path, k);
		scaled = { path, box: pathBox(path) };
		scaledOutlines.set(key, scaled);
	}
	return scaled;
}

function placeRegion(outline: RegionGeometry, datum: MapDatum | null, classes: MapClasses, k: number): PlacedRegion {
	const [lx, ly] = outline.label;
	const nameY = round(ly * k - 4);
	const valueY = round(ly * k + VALUE_FONT_SIZE);
	const { path, box } = scaledOutline(outline, k);
	const valueText = datum ? `${datum.display}${datum.flagged && datum.value !== null ? ' †' : ''}` : '';
	const callout = outline.leaderTo ? calloutBox(lx * k, nameY, valueY, datum?.label ?? '', valueText) : null;
	const leader = outline.leaderTo
		? {
				x1: round(lx * k),
				y1: round(valueY + 7),
				x2: round(outline.leaderTo[0] * k),
				y2: round(outline.leaderTo[1] * k)
			}
		: null;
	return {
		code: outline.code,
		path,
		box: { ...box },
		callout,
		fill: fillFor(datum?.value ?? null, classes),
		datum,
		valueText,
		labelX: round(lx * k),
		nameY,
		valueY,
		leader
	};
}

function layoutLegend(
	classes: MapClasses,
	unit: Unit,
	lang: Lang,
	noDataText: string | null,
	height: number
): MapLayout['legend'] {
	const bottom = height - LEGEND_BOTTOM_GAP;
	const textX = LEGEND_LEFT + SWATCH + 8;
	const noData =
		noDataText === null
			? null
			: {
					fill: 'fill-none' as const,
					x: LEGEND_LEFT,
					y: bottom - SWATCH,
					size: SWATCH,
					height: SWATCH,
					label: noDataText,
					textX,
					textY: round(bottom - SWATCH / 2)
				};
	const base = noData ? noData.y - NO_DATA_GAP : bottom;
	if (classes.thresholds.length !== 6) return { swatches: [], ticks: [], noData };
	// Lowest class at the bottom, so the legend reads like a vertical axis.
	const swatches = fillClasses.map((fill, i) => ({
		fill,
		x: LEGEND_LEFT,
		y: base - (i + 1) * SWATCH,
		size: SWATCH,
		height: SWATCH
	}));
	const ticks = classes.thresholds.map((t, i) => ({
		x: textX,
		y: base - i * SWATCH,
		label: legendLabel(t, classes, unit, lang),
		anchor: 'start' as const
	}));
	return { swatches, ticks, noData };
}

const legendLabel = (t: number, classes: MapClasses, unit: Unit, lang: Lang) =>
	unit === 'percent' ? formatTick(t, unit, lang) : formatNumber(t, classes.decimals, lang);

/** Height of the compact legend: a row of swatches, their limits under them, and the no-data row. */
const COMPACT_SWATCH_HEIGHT = 14;
const COMPACT_TICK_ROW = 20;
const COMPACT_NO_DATA_ROW = 24;

/**
 * The legend of a narrow map, below the outlines: the five classes left to right as one bar with the
 * limits under the joins, then the no-data swatch on a row of its own (its text can be long).
 */
function layoutCompactLegend(
	classes: MapClasses,
	unit: Unit,
	lang: Lang,
	noDataText: string | null,
	top: number,
	width: number
): MapLayout['legend'] {
	const left = LEGEND_LEFT;
	const step = round(Math.min(48, (width - 2 * left) / 5));
	const hasClasses = classes.thresholds.length === 6;
	const swatches = hasClasses
		? fillClasses.map((fill, i) => ({
				fill,
				x: round(left + i * step),
				y: top,
				size: step,
				height: COMPACT_SWATCH_HEIGHT
			}))
		: [];
	const ticks = hasClasses
		? classes.thresholds.map((t, i) => ({
				x: round(left + i * step),
				y: round(top + COMPACT_SWATCH_HEIGHT + COMPACT_TICK_ROW / 2 + 1),
				label: legendLabel(t, classes, unit, lang),
				anchor: 'middle' as const
			}))
		: [];
	const noDataY = hasClasses ? top + COMPACT_SWATCH_HEIGHT + COMPACT_TICK_ROW + 6 : top;
	const noData =
		noDataText === null
			? null
			: {
					fill: 'fill-none' as const,
					x: left,
					y: round(noDataY),
					size: COMPACT_SWATCH_HEIGHT,
					height: COMPACT_SWATCH_HEIGHT,
					label: noDataText,
					textX: left + COMPACT_SWATCH_HEIGHT + 8,
					textY: round(noDataY + COMPACT_SWATCH_HEIGHT / 2)
				};
	return { swatches, ticks, noData };
}

/**
 * Choropleth of the three regions: a fill class per region from five classes over the values, the
 * region name and value at a precomputed anchor (Brussels outside, with a leader line), and a legend
 * of the classes in the bottom-left corner (France, on the map).
 */
export function layoutMap(data: readonly MapDatum[], unit: Unit, lang: Lang, width = DEFAULT_WIDTH): MapLayout {
	const compact = isCompact(width);
	// A wide map is no taller than MAX_HEIGHT_SHARE of its width (it fits a first screen beside its
	// title); its outlines are then centred, the legend keeps the left corner.
	const k = compact ? width / GEO_WIDTH : Math.min(width / GEO_WIDTH, (width * MAX_HEIGHT_SHARE) / GEO_HEIGHT);
	const offsetX = compact ? 0 : round((width - GEO_WIDTH * k) / 2);
	const mapHeight = round(GEO_HEIGHT * k);
	const byCode = new Map<RegionCode, MapDatum>();
	for (const d of data) if (!byCode.has(d.code)) byCode.set(d.code, d);
	const shown = outlines.map((o) => byCode.get(o.code) ?? null);
	const classes = classify(
		shown.map((d) => d?.value ?? null),
		unit
	);
	const regions = outlines.map((o, i) => placeRegion(o, shown[i] ?? null, classes, k));
	// The legend explains the hatching with the data's own "no data" text; a region missing from the
	// data altogether is hatched too, but has no text to show.
	const missing = shown.find((d) => d !== null && d.value === null);
	const noDataText = missing?.display ?? null;
	if (!compact)
		return {
			width,
			height: mapHeight,
			fontSize: FONT_SIZE,
			compact,
			scale: k,
			offsetX,
			regions,
			legend: layoutLegend(classes, unit, lang, noDataText, mapHeight)
		};
	// Compact: the outlines end at 468 of 480 units (Wallonia's southern tip); the legend starts under them.
	const top = round(468 * k + 8);
	const rows =
		(classes.thresholds.length === 6 ? COMPACT_SWATCH_HEIGHT + COMPACT_TICK_ROW : 0) +
		(noDataText === null ? 0 : COMPACT_NO_DATA_ROW + 6);
	const height = round(top + rows + 6);
	return {
		width,
		height,
		fontSize: FONT_SIZE,
		compact,
		scale: k,
		offsetX,
		regions,
		legend: layoutCompactLegend(classes, unit, lang, noDataText, top, width)
	};
}
