import type { PageLoad } from './$types';
import { loadCharts } from '$lib/charts/registry.ts';

// Embeds ship no framework JavaScript: the chart and its text are in the HTML; one small external
// script (embed-child.js) tells the host page the height. So this load runs only while
// prerendering, and reads the data on the server itself (no __data.json: $lib/server/embed-data.ts).
// The browser build keeps only the throw: the server module is in a branch it drops.
export const csr = false;

export const load: PageLoad = async ({ params }) => {
	if (!import.meta.env.SSR) throw new Error('An embed is rendered on the server only');
	const { indicatorEmbed } = await import('$lib/server/embed-data.ts');
	const data = indicatorEmbed(params);
	return { ...data, charts: await loadCharts([data.view.kind]) };
};
