// Pure: an indicator's page data + the view state → everything one view shows (chart geometry
// input, table, sentences, flags, rows for downloads). Runs at build time for the prerendered
// default views and in the browser when a reader changes the view. One module per view.
import type { Lang } from '../i18n/langs.ts';
import type { ViewState } from '../state/view-state.ts';
import { barView } from './bar-view.ts';
import type { IndicatorPageData } from './indicator-data.ts';
import { mapView } from './map-view.ts';
import { tableView } from './table-view.ts';
import { trendView } from './trend-view.ts';
import type { Context, IndicatorView } from './view-context.ts';

export { belgianRegionCodes, type IndicatorView } from './view-context.ts';
export { viewOptionsFor } from './view-options.ts';

export function buildIndicatorView(
	data: IndicatorPageData,
	breakdown: string,
	state: ViewState,
	lang: Lang
): IndicatorView {
	const ctx: Context = { data, breakdown, lang };
	switch (state.view) {
		case 'trend':
			return trendView(ctx, state);
		case 'map':
			return mapView(ctx, state);
		case 'table':
			return tableView(ctx);
		default:
			return barView(ctx, state);
	}
}
