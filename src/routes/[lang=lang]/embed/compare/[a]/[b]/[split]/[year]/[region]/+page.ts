import type { PageLoad } from './$types';

// Embeds ship no framework JavaScript: both charts and their text are in the HTML; one small external
// script (embed-child.js) tells the host page the height and moves focus between marks. So this load
// runs only while prerendering, and reads the data on the server itself (no __data.json:
// $lib/server/embed-data.ts). The browser build keeps only the throw.
export const csr = false;

export const load: PageLoad = async ({ params }) => {
	if (!import.meta.env.SSR) throw new Error('An embed is rendered on the server only');
	const { compareEmbed } = await import('$lib/server/embed-data.ts');
	return compareEmbed(params);
};
