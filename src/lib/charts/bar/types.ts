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
}

export interface PlacedBar extends BarDatum {
	y: number;
	barHeight: number;
	barWidth: number;
	ciX0: number | null;
	ciX1: number | null;
	valueX: number;
	textY: number;
}

export interface BarLayout {
	width: number;
	height: number;
	plotLeft: number;
	plotRight: number;
	plotTop: number;
	plotBottom: number;
	bars: PlacedBar[];
	ticks: { x: number; label: string }[];
}

export interface BarChartProps {
	id: string;
	title: string;
	description: string;
	data: BarDatum[];
	unit: Unit;
	lang: Lang;
	/** @default 640 */
	width?: number;
}
