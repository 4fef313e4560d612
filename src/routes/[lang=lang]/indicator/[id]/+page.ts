import type { PageLoad } from './$types';
import { loadCharts } from '$lib/charts/registry.ts';

// Loads the default view's chart before rendering (on the server for prerendering, in the browser
// before hydration), so the page ships only that chart's code; the others load when a reader picks them.
export const load: PageLoad = async ({ data }) => ({
	...data,
	charts: await loadCharts([data.page.options.defaults.view])
});
