import type { PageLoad } from './$types';
import { preloadChart } from '$lib/charts/lazy.ts';

// Loads the default view's chart before rendering (on the server for prerendering, in the browser
// before hydration), so the page ships only that chart's code.
export const load: PageLoad = async ({ data }) => ({
	...data,
	charts: await preloadChart(data.page.options.defaults.view)
});
