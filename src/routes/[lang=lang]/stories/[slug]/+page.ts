import type { PageLoad } from './$types';
import { loadCharts } from '$lib/charts/registry.ts';

// Loads the charts the story's figures draw before rendering (on the server for prerendering, in the
// browser before hydration), so the page ships only those charts' code.
export const load: PageLoad = async ({ data }) => ({
	...data,
	charts: await loadCharts(data.story.blocks.flatMap((b) => (b.kind === 'figure' ? [b.view.kind] : [])))
});
