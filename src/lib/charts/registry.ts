// The chart registry: every chart type, its props and where its component comes from. The one place
// a chart type is wired: a type added to ChartPropsByType fails the type check until chartLoaders
// has it, and tests/charts/registry.test.ts fails until it has a snapshot case. Bars are bundled;
// the trend and map charts are separate chunks, loaded only when a view needs them, so an indicator
// page whose default view is bars does not ship their code (budget: ≤ 60 KB of JavaScript).
import type { Component } from 'svelte';
import BarChart from './bar/BarChart.svelte';
import type { BarChartProps } from './bar/types.ts';
import type { LineChartProps } from './line/types.ts';
import type { MapChartProps } from './map/types.ts';

/** The props of each chart type; the keys are the chart types (the view kinds that draw a chart). */
export interface ChartPropsByType {
	bar: BarChartProps;
	trend: LineChartProps;
	map: MapChartProps;
}

export type ChartType = keyof ChartPropsByType;
export type ChartComponent<T extends ChartType> = Component<ChartPropsByType[T]>;
type ChartLoaders = { [T in ChartType]: () => Promise<ChartComponent<T>> };

/** A chart to draw: its type and the props of that type. */
export type ChartSpec = { [T in ChartType]: { type: T; props: ChartPropsByType[T] } }[ChartType];

/** The chart components at hand, by type (the others are loaded on demand). */
export type LoadedCharts = { [T in ChartType]?: ChartComponent<T> };

export const chartLoaders = {
	bar: async () => BarChart,
	trend: async () => (await import('./line/LineChart.svelte')).default,
	map: async () => (await import('./map/MapChart.svelte')).default
} satisfies ChartLoaders;

export const chartTypes = Object.keys(chartLoaders) as ChartType[];

/** The charts in every bundle that draws charts. */
export const bundledCharts: LoadedCharts = { bar: BarChart };

export const isChartType = (kind: string): kind is ChartType => kind in chartLoaders;

/** The bundled charts plus those of `kinds` (view kinds; those without a chart, like table, are skipped). */
export async function loadCharts(kinds: Iterable<string>): Promise<LoadedCharts> {
	const types = [...new Set(kinds)].filter(isChartType);
	const loaded = await Promise.all(types.map(async (type) => [type, await chartLoaders[type]()] as const));
	// Each loader returns its own type's component (checked by `satisfies ChartLoaders` above).
	return { ...bundledCharts, ...(Object.fromEntries(loaded) as LoadedCharts) };
}
