// The width classes a chart is drawn at on a page. Server-rendered SVG cannot know the width it
// will get, so every chart is laid out once per class and a container query (chart.css) shows the
// one that fits: the drawing then scales by at most MIN_SCALE..maxScale, so its text, drawn at
// TEXT_UNITS, renders within TEXT_PX at any width (labels never grow with the chart).

/** Every chart text is drawn at this many SVG units (layouts and chart.css keep to it). */
export const TEXT_UNITS = { min: 14, max: 15 } as const;

/** The range a reader sees, in CSS px, at any screen width from 320 to 1920. */
export const TEXT_PX = { min: 12, max: 18 } as const;

/** The logical widths each chart is drawn at, narrowest first (≤ 400 take the compact layouts). */
export const CHART_WIDTHS = [280, 380, 510, 690, 930, 1250] as const;

export type ChartWidth = (typeof CHART_WIDTHS)[number];

/** A drawing is shown from this share of its width up: its smallest text is then 12.25 px. */
export const MIN_SCALE = 0.875;

/** The narrowest container (CSS px) that shows the drawing of width `w`; the first class shows below it too. */
export const shownFrom = (w: number): number => w * MIN_SCALE;

/** The widest the last class is drawn (CSS px): its largest text is then 18 px. */
const LAST_WIDTH: ChartWidth = CHART_WIDTHS[CHART_WIDTHS.length - 1] ?? CHART_WIDTHS[0];
export const LAST_MAX_WIDTH = (LAST_WIDTH * TEXT_PX.max) / TEXT_UNITS.max;

/** The class a container of `px` CSS pixels shows, as chart.css selects it. */
export function widthClassFor(px: number): ChartWidth {
	let chosen: ChartWidth = CHART_WIDTHS[0];
	for (const w of CHART_WIDTHS) if (px >= shownFrom(w)) chosen = w;
	return chosen;
}

/** How large text of `units` renders in a container of `px` CSS pixels (the last class stops growing). */
export function renderedTextPx(units: number, px: number): number {
	const w = widthClassFor(px);
	return (units * Math.min(px, w === LAST_WIDTH ? LAST_MAX_WIDTH : px)) / w;
}
