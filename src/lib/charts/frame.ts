// What every chart type shares with the frame it draws into (ChartFrame.svelte).

/** How a chart is named for assistive technology: the first props of every chart type. */
export interface ChartNaming {
	/** Prefix of the ids of the chart's <title> and <desc> (and its defs); unique on the page. */
	id: string;
	/** The chart's accessible name, e.g. "Haalt de WHO-aanbeveling, per gewest, 2023". */
	title: string;
	/** The chart in words, generated from the data. */
	description: string;
}

/** The drawing's size in SVG user units and its base font size; every layout returns these. */
export interface FrameSize {
	width: number;
	height: number;
	fontSize: number;
}

/**
 * Drawings this narrow or narrower (a phone's) take the compact layout of their chart type (labels
 * above the bars, a taller trend plot, the map legend below the map), and the frame's `compact`
 * class, by which chart.css sizes text and strokes.
 */
export const COMPACT_MAX_WIDTH = 400;

export const isCompact = (width: number): boolean => width <= COMPACT_MAX_WIDTH;
