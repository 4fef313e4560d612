import type { Handle } from '@sveltejs/kit';
import { defaultLang, isLang } from '$lib/i18n/langs.ts';

/** Sets <html lang> from the first path segment, so every prerendered page declares its language. */
export const handle: Handle = async ({ event, resolve }) => {
	const first = event.url.pathname.split('/')[1] ?? '';
	const lang = isLang(first) ? first : defaultLang;
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
