/** One published value of a small trend. */
export interface SparkPoint {
	/** Position in time (year, plus months as twelfths). */
	x: number;
	/** The wave as readers know it ("2018", "apr. 2020"). */
	xLabel: string;
	value: number;
	flagged: boolean;
}

/** A run of comparable values: drawn as one line, never joined to another run. */
export interface SparkRun {
	key: string;
	points: SparkPoint[];
	/** Online (or other-mode) surveys are dashed, as in the trend chart. */
	dashed: boolean;
}

export interface SparkInput {
	runs: SparkRun[];
	/** x positions of series breaks, between the last wave of one run and the first of the next. */
	breaks: number[];
}

export interface SparkLayout {
	width: number;
	height: number;
	/** `d` of each run with two points or more; a single point is only a marker. */
	runs: { key: string; dashed: boolean; d: string | null; points: (SparkPoint & { cx: number; cy: number })[] }[];
	breaks: { x: number; y1: number; y2: number }[];
	baseline: { x1: number; x2: number; y: number };
	/** The first and last wave, under the baseline. */
	labels: { x: number; y: number; anchor: 'start' | 'end' | 'middle'; text: string }[];
}
