import type { Handle } from '@sveltejs/kit';
import { defaultLang, isLang } from '$lib/i18n/langs.ts';

/**
 * Sets <html lang> from the first path segment, so every prerendered page declares its language. An
 * embed is light whatever the reader's setting (a news page is white), also without JavaScript;
 * /embed-theme.js changes that when the embed code asks for ?theme=dark or ?theme=auto.
 */
export const handle: Handle = async ({ event, resolve }) => {
	const [, first = '', second] = event.url.pathname.split('/');
	const lang = isLang(first) ? first : defaultLang;
	const root = second === 'embed' ? `lang="${lang}" data-theme="light"` : `lang="${lang}"`;
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('lang="%lang%"', root) });
};
