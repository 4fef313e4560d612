// Which chart an indicator view draws, with its props: the one place a view is tied to a chart type.
import type { ChartSpec } from '../charts/registry.ts';
import type { Unit } from '../data/schema.ts';
import type { Lang } from '../i18n/langs.ts';
import type { IndicatorView } from '../views/indicator-view.ts';

export interface ChartSpecOptions {
	/** Prefix of the chart's ids, unique on the page. */
	id: string;
	unit: Unit;
	lang: Lang;
	/** The drawing's logical width; unset, each chart type takes its default (compact, for phones). */
	width?: number | undefined;
	/** A trend's plot height, when the drawing has a given shape (social cards); unset, it follows the width. */
	plotHeight?: number | undefined;
}

/** The chart of a view (bars, trend or map), or null for a view without one (the table). */
export function chartSpecOf(
	view: IndicatorView,
	{ id, unit, lang, width, plotHeight }: ChartSpecOptions
): ChartSpec | null {
	const common = { id, title: view.title, description: view.description, unit, lang, width };
	if (view.bar) return { type: 'bar', props: { ...common, data: view.bar } };
	if (view.trend) return { type: 'trend', props: { ...common, plotHeight, ...view.trend } };
	if (view.map) return { type: 'map', props: { ...common, data: view.map } };
	return null;
}
