import type { PageLoad } from './$types';
import { loadCharts } from '$lib/charts/registry.ts';

// Loads the charts the story's figures draw before rendering. A story needs no client code (issue
// #13): links, text, and charts whose marks /chart-marks.js makes interactive.
export const csr = false;
export const load: PageLoad = async ({ data }) => ({
	...data,
	charts: await loadCharts(data.story.blocks.flatMap((b) => (b.kind === 'figure' ? [b.view.kind] : [])))
});
