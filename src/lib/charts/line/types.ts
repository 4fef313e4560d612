import type { ChartNaming, FrameSize } from '../frame.ts';
import type { Unit } from '../../data/schema.ts';
import type { PlainMessageKey } from '../../i18n/messages.ts';
import type { Lang } from '../../i18n/langs.ts';

/** One published value of a trend, at one survey wave. */
export interface LinePoint {
	/** Year, or year + (month − 1) / 12 for monthly online waves: April 2020 is 2020.25. */
	x: number;
	/** The wave as readers know it, e.g. "2018" or "Apr 2020". */
	xLabel: string;
	value: number;
	/** The value formatted for the locale, e.g. "34,9%". */
	display: string;
	ciLow: number | null;
	ciHigh: number | null;
	/** Drawn with a mark (†) because the value carries a flag (secondary source, doubt). */
	flagged: boolean;
	/** The CI in words for the tooltip and the default accessible name, e.g. "95% CI 27.6% to 32.2%". */
	ciText?: string;
	/** What the † stands for, shown in the tooltip of a flagged point. */
	flagNote?: string;
	/** The point's accessible name; defaults to "segment label, wave: value[ †][, ciText]". */
	ariaLabel?: string;
}

/**
 * One stretch of a trend measured the same way (one indicator, one survey mode). Segments are never
 * joined to each other: a change of method or mode is a break, not a trend.
 */
export interface LineSegment {
	/** Indicator id (plus group/mode), unique within the chart. */
	key: string;
	/** Direct label at the segment's last point, e.g. "IPAQ, 15+ (HIS 2008–2013)". */
	label: string;
	points: LinePoint[];
	/** `dashed` for online or other-mode surveys and projections. */
	style: 'solid' | 'dashed';
}

/** A method change between two segments, drawn as a dashed vertical line with its label on top. */
export interface SeriesBreak {
	/** Where to draw the break, between the last x of one segment and the first x of the next. */
	x: number;
	/** E.g. "Reeksbreuk: nieuwe vragenlijst". */
	label: string;
}

export interface LineChartProps extends ChartNaming {
	segments: LineSegment[];
	breaks: SeriesBreak[];
	unit: Unit;
	lang: Lang;
	/**
	 * Logical width of the drawing. At 400 or less the plot is taller for its width (phones). The
	 * default is narrow so that text stays ≥ 11 CSS px on a 320 px screen. @default 320
	 */
	width?: number | undefined;
	/**
	 * Height of the plot area, for a drawing of a given shape (the landscape social card); unset, it
	 * follows the width (0.42 of it, 0.62 at 400 or less).
	 */
	plotHeight?: number | undefined;
}

/** Point markers differ per segment so series can be told apart without colour. */
export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond';

/** A single-line or wrapped text, placed in SVG user units; `y` is the centre of the first line. */
export interface PlacedText {
	x: number;
	y: number;
	anchor: 'start' | 'middle' | 'end';
	lines: string[];
}

export interface PlacedPoint extends LinePoint {
	px: number;
	py: number;
	/** SVG path `d` of the marker. */
	marker: string;
	/** The value label, or null when it could not be placed without covering another label. */
	valueLabel: PlacedText | null;
}

export interface PlacedSegment {
	key: string;
	label: string;
	style: 'solid' | 'dashed';
	/** Position in the chart: colour `--data-{(index % 3) + 1}`, shape `shapes[index % 4]`. */
	index: number;
	colour: 1 | 2 | 3;
	shape: MarkerShape;
	/** `M x,y L x,y …` through this segment's own points only; null for a single point. */
	path: string | null;
	/** Area between ciLow and ciHigh over each run of two or more consecutive points with a CI. */
	ciBand: string | null;
	/** Whiskers for points with a CI whose neighbours have none (a band needs two points). */
	ciWhiskers: { x: number; yLow: number; yHigh: number; d: string }[];
	points: PlacedPoint[];
	/** The segment's label next to its last point; `key` is the path of a leader line to it when placed away ('' when beside it). */
	directLabel: PlacedText & { key: string };
	/** When the label has no place beside the lines (a narrow or crowded drawing), it sits in a key under the plot after this marker. */
	keyMarker: string | null;
}

export interface PlacedBreak {
	x: number;
	label: string;
	y1: number;
	y2: number;
	labelX: number;
	labelY: number;
	labelAnchor: 'start' | 'middle' | 'end';
}

export interface LineLayout extends FrameSize {
	plotLeft: number;
	plotRight: number;
	plotTop: number;
	plotBottom: number;
	segments: PlacedSegment[];
	breaks: PlacedBreak[];
	xTicks: { x: number; label: string }[];
	yTicks: { y: number; label: string }[];
}

/** What the chart can draw: a layout, or a reason (a message key) shown as a labelled empty state. */
export type LineChartStatus = { ok: true; layout: LineLayout } | ({ ok: false; reason: PlainMessageKey } & FrameSize);
