import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Handle } from '@sveltejs/kit';
import { themeCss } from '$lib/export/theme-css.ts';
import { defaultLang, isLang } from '$lib/i18n/langs.ts';
import { MARKS_SCRIPT } from '$lib/charts/marks-entry-path.ts';
import { addScriptAfterPaint, deferHydration, inlineAssets, type InlineAsset } from '$lib/server/first-paint.ts';

/**
 * An embed's theme (tokens and the script that picks them from ?theme=) is put in the page itself:
 * it must apply before the first paint, and two requests for 1 KB would hold that paint back. The
 * files stay published (/theme.css for the image export, /embed-theme.js for older embed pages).
 */
const EMBED_HEAD: InlineAsset[] = [
	{
		tag: '<link rel="stylesheet" href="/theme.css"/>',
		kind: 'style',
		body: themeCss(readFileSync(path.resolve('src/app.css'), 'utf8'))
	},
	{
		tag: '<script src="/embed-theme.js"></script>',
		kind: 'script',
		body: readFileSync(path.resolve('static/embed-theme.js'), 'utf8')
	}
];

/**
 * Sets <html lang> from the first path segment, so every prerendered page declares its language. An
 * embed is light whatever the reader's setting (a news page is white), also without JavaScript;
 * the embed theme script changes that when the embed code asks for ?theme=dark or ?theme=auto.
 *
 * First paint (issue #13): no <link rel="modulepreload"> (their fetch and compile competed with the
 * first paint on a slow CPU), and the client starts after the first paint (`deferHydration`, which
 * re-hashes the bootstrap in the CSP meta). The CSS is inlined by kit.inlineStyleThreshold. The
 * explorers (indicator and compare pages) and the catalogue start their client only at the reader's
 * first use of a control, or after the first paint when the address has a query string: reading
 * them needs no app.
 */
export const handle: Handle = async ({ event, resolve }) => {
	const [, first = '', second] = event.url.pathname.split('/');
	const lang = isLang(first) ? first : defaultLang;
	const embed = second === 'embed';
	const root = embed ? `lang="${lang}" data-theme="light"` : `lang="${lang}"`;
	return resolve(event, {
		preload: ({ type }) => type === 'css',
		transformPageChunk: ({ html }) => {
			const explorer = second === 'indicator' || second === 'compare';
			const onUse = explorer || second === 'indicators';
			const page = deferHydration(html.replace('lang="%lang%"', root), onUse ? 'use' : 'paint');
			if (embed) return inlineAssets(page, EMBED_HEAD);
			// The marks' script (tooltips, keyboard), fetched after the first paint, where a chart is drawn
			// or an explorer may draw one; an embed loads it on first use (embed-child.js) to stay under
			// 2 KB of script.
			const charts = explorer || page.includes('data-mark=');
			return charts ? addScriptAfterPaint(page, MARKS_SCRIPT) : page;
		}
	});
};
