import type { PageLoad } from './$types';
import { loadCharts } from '$lib/charts/registry.ts';

// Embeds ship no framework JavaScript: the chart and its text are in the HTML; one small external
// script (embed-child.js) tells the host page the height. The load runs only at prerendering.
export const csr = false;

export const load: PageLoad = async ({ data }) => ({ ...data, charts: await loadCharts([data.view.kind]) });
