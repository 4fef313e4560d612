import type { ChartNaming, FrameSize } from '../frame.ts';
import type { Unit } from '../../data/schema.ts';
import type { Lang } from '../../i18n/langs.ts';

/** One bar: a group (region, sex, ...) with its published value, or null for "no data". */
export interface BarDatum {
	key: string;
	label: string;
	value: number | null;
	/** The value formatted for the locale, or the "no data" text. */
	display: string;
	ciLow: number | null;
	ciHigh: number | null;
	/** Drawn with a mark (†) because the value carries a flag (secondary source, doubt). */
	flagged: boolean;
	/** The reference bar (e.g. Belgium next to its regions), drawn in a darker tone. */
	reference: boolean;
	/** An average of other bars (EU, world), drawn in a second colour so it reads as a benchmark. */
	average?: boolean;
	/** The CI in words for the tooltip and the default accessible name, e.g. "95%-BI 28,6% tot 34,0%". */
	ciText?: string;
	/** What the † stands for, shown in the tooltip of a flagged bar, e.g. "secundaire bron". */
	flagNote?: string;
	/** The bar's accessible name; defaults to "label: value[ †][, ciText]". */
	ariaLabel?: string;
}

export interface PlacedBar extends BarDatum {
	/** Top of the row (the focus ring and pointer target cover the whole row). */
	rowY: number;
	/** The group label in one or two lines (wrapped so it is never cut). */
	labelLines: string[];
	/** Height of this row (a compact row grows with its label's lines). */
	rowHeight: number;
	/** Vertical centre of the group label's first line: beside the bar, or above it in the compact layout. */
	labelY: number;
	y: number;
	barHeight: number;
	barWidth: number;
	ciX0: number | null;
	ciX1: number | null;
	valueX: number;
	textY: number;
}

export interface BarLayout extends FrameSize {
	/** Group labels above full-width bars instead of beside them (width ≤ 400, or labels too long to sit beside). */
	compact: boolean;
	/** Height of a row with a one-line label. */
	rowHeight: number;
	labelLineHeight: number;
	/** Where group labels start (compact, anchor start) or end (wide, anchor end). */
	labelX: number;
	labelAnchor: 'start' | 'end';
	plotLeft: number;
	plotRight: number;
	plotTop: number;
	plotBottom: number;
	/** Where the "no data" text of a row without a value starts. */
	noDataX: number;
	bars: PlacedBar[];
	ticks: { x: number; label: string }[];
}

export interface BarChartProps extends ChartNaming {
	data: BarDatum[];
	unit: Unit;
	lang: Lang;
	/**
	 * Logical width of the drawing. At 400 or less the layout is compact (labels above the bars), which
	 * stays legible at 320 CSS px; wider drawings put the labels beside the bars. @default 360
	 */
	width?: number | undefined;
}
