// Which views, waves and areas an indicator page offers, and which it opens on. A view is offered
// only when it shows at least one published value; a breakdown opens on the most recent wave with
// the most published groups (not on a newer wave where most groups are empty).
import type { ViewKind, ViewOptions } from '../state/view-state.ts';
import type { IndicatorPageData, PageObservation } from './indicator-data.ts';
import { byX, isBelgianRegion, ownPreferred, regionOrder } from './view-context.ts';

/** Waves, latest first (undated periods last), each once. */
function wavesOf(rows: PageObservation[]): string[] {
	const sorted = [...rows].sort((a, b) => byX(b, a));
	return [...new Set(sorted.map((o) => o.wave))];
}

/** The first of `waves` (latest first) with the most rows in `rows`. */
function fullestWave(waves: string[], rows: PageObservation[]): string {
	const count = (w: string) => new Set(rows.filter((o) => o.wave === w).map((o) => o.group)).size;
	return waves.reduce((best, w) => (count(w) > count(best) ? w : best), waves[0] ?? '');
}

export function viewOptionsFor(data: IndicatorPageData, breakdown: string): ViewOptions {
	const rows = ownPreferred(data, breakdown);
	const years = wavesOf(rows);
	const ctx = { data };
	const regions = [...new Set(rows.map((o) => o.region))].sort((a, b) => regionOrder(ctx, a) - regionOrder(ctx, b));
	const region = regions.includes('BE') ? 'BE' : (regions[0] ?? '');
	const seriesRows = data.observations.filter((o) => o.preferred && o.breakdown === breakdown && o.x !== null);
	const hasTrend = new Set(seriesRows.map((o) => o.wave)).size >= 2;
	// The map draws the three regions' totals: only waves where one of them is published.
	const mapYears = breakdown === 'total' ? wavesOf(rows.filter((o) => isBelgianRegion(o.region))) : [];
	// Bars by group show one area: only the waves in which that area has a group value.
	const barYears: Record<string, string[]> =
		breakdown === 'total'
			? {}
			: Object.fromEntries(regions.map((r) => [r, wavesOf(rows.filter((o) => o.region === r))]));
	const views: ViewKind[] = [
		'bar',
		...(hasTrend ? (['trend'] as const) : []),
		...(mapYears.length > 0 ? (['map'] as const) : []),
		'table'
	];
	const year =
		breakdown === 'total'
			? (years[0] ?? '')
			: fullestWave(
					years,
					rows.filter((o) => o.region === region)
				);
	const barsInDefault = rows.filter((o) => o.wave === year).length;
	const view: ViewKind = barsInDefault <= 1 && hasTrend ? 'trend' : 'bar';
	return { views, years, mapYears, barYears, regions, defaults: { view, year, region } };
}
