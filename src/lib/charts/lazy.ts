// The trend and map charts are loaded only when a view needs them, so an indicator page whose
// default view is bars does not ship their code (budget: ≤ 60 KB of JavaScript per indicator page).
import type { Component } from 'svelte';
import type { LineChartProps } from './line/types.ts';
import type { MapChartProps } from './map/types.ts';

export interface LazyCharts {
	trend?: Component<LineChartProps>;
	map?: Component<MapChartProps>;
}

export const chartLoaders = {
	trend: async () => (await import('./line/LineChart.svelte')).default as Component<LineChartProps>,
	map: async () => (await import('./map/MapChart.svelte')).default as Component<MapChartProps>
};

/** Loads the chart a view kind needs (nothing for bars and tables, which are always there). */
export async function preloadChart(kind: string): Promise<LazyCharts> {
	if (kind === 'trend') return { trend: await chartLoaders.trend() };
	if (kind === 'map') return { map: await chartLoaders.map() };
	return {};
}
