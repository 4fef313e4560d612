// The charts' stylesheets, shared first: the pages import them all (src/routes/+layout.svelte, one
// bundled stylesheet), and the social-preview images read them from the source tree in this order.
export const CHART_STYLESHEETS = [
	'src/lib/charts/chart.css',
	'src/lib/charts/bar/bar.css',
	'src/lib/charts/line/line.css',
	'src/lib/charts/map/map.css'
] as const;
