import type { ChartNaming, FrameSize } from '../frame.ts';
import type { Unit } from '../../data/schema.ts';
import type { Lang } from '../../i18n/langs.ts';
import type { Rect } from '../interaction.ts';

/** ISO 3166-2 codes of Belgium's three regions, the units the map can colour. */
export type RegionCode = 'BE-VLG' | 'BE-BRU' | 'BE-WAL';

/** One region: its published value, or null for "no data". */
export interface MapDatum {
	code: RegionCode;
	/** The region's name in the page language, e.g. "Vlaanderen". */
	label: string;
	value: number | null;
	/** The value formatted for the locale, or the "no data" text. */
	display: string;
	/** Drawn with a mark (†) because the value carries a flag (secondary source, doubt). */
	flagged: boolean;
	/** The CI in words for the tooltip and the default accessible name. */
	ciText?: string;
	/** What the † stands for, shown in the tooltip of a flagged region. */
	flagNote?: string;
	/** The region's accessible name; defaults to "label: value[ †][, ciText]" ("Brussel: geen gegevens"). */
	ariaLabel?: string;
}

/** The fill of a region or legend swatch: one of five sequential classes, or no data (hatched). */
export type FillClass = 'fill-q0' | 'fill-q1' | 'fill-q2' | 'fill-q3' | 'fill-q4' | 'fill-none';

/** The five classes, lowest first. */
export const fillClasses = [
	'fill-q0',
	'fill-q1',
	'fill-q2',
	'fill-q3',
	'fill-q4'
] as const satisfies readonly FillClass[];

/** Class limits: `thresholds[i]` and `thresholds[i + 1]` bound class i (the last class includes its top). */
export interface MapClasses {
	/** Six ascending limits for five classes, or empty when no region has a value. */
	thresholds: number[];
	/** Decimals used to write the limits in the legend. */
	decimals: number;
}

export interface PlacedRegion {
	code: RegionCode;
	/** SVG path of the region outline, already scaled to the chart width. */
	path: string;
	/** The outline's bounding box. */
	box: Rect;
	/** The box of a label placed outside its region, which is part of the region's target; else null. */
	callout: Rect | null;
	fill: FillClass;
	/** The datum drawn here, or null when the data has no row for this region (drawn as no data, unlabelled). */
	datum: MapDatum | null;
	/** Text of the value label: the display text, with ' †' when flagged. */
	valueText: string;
	labelX: number;
	/** Baseline of the region name. */
	nameY: number;
	/** Baseline of the value label. */
	valueY: number;
	/** Leader line from below the label to the region, for a label placed outside its region. */
	leader: { x1: number; y1: number; x2: number; y2: number } | null;
}

export interface LegendSwatch {
	fill: FillClass;
	x: number;
	y: number;
	/** Width; square swatches (the wide legend) have height = size. */
	size: number;
	height: number;
}

export interface MapLayout extends FrameSize {
	/** Narrow drawing (width ≤ 400): the legend runs across below the map instead of in its corner. */
	compact: boolean;
	/** Scale applied to the precomputed outlines (stroke widths are kept at 1 user unit). */
	scale: number;
	/** Shift of the outlines and their labels to the right (a wide map is centred in its drawing). */
	offsetX: number;
	regions: PlacedRegion[];
	legend: {
		/** Class swatches, lowest class first (drawn bottom to top). */
		swatches: LegendSwatch[];
		/** Class limits written beside (wide) or under (compact) the swatches, lowest first; display only. */
		ticks: { x: number; y: number; label: string; anchor: 'start' | 'middle' }[];
		/** The no-data swatch and its text, when a region has no value. */
		noData: (LegendSwatch & { label: string; textX: number; textY: number }) | null;
	};
}

export interface MapChartProps extends ChartNaming {
	data: MapDatum[];
	unit: Unit;
	lang: Lang;
	/**
	 * Logical width of the drawing; the outlines are 600 × 480 and scale with it, the text does not.
	 * The default keeps 14-unit text at 11.9 CSS px on a 320 px screen. @default 300
	 */
	width?: number | undefined;
}
