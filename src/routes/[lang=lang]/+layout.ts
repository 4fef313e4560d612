import type { LayoutLoad } from './$types';
import { loadMessages } from '$lib/i18n/messages.ts';

// The page's own language only: its interface texts are a module of their own, loaded before the
// page hydrates (issue #13). On the server every language is already there.
export const load: LayoutLoad = async ({ data }) => {
	await loadMessages(data.lang);
	return data;
};
