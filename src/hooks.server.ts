import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Handle, ServerInit } from '@sveltejs/kit';
import { building } from '$app/environment';
import { themeCss } from '$lib/export/theme-css.ts';
import { defaultLang, isLang } from '$lib/i18n/langs.ts';
import { MARKS_SCRIPT } from '$lib/charts/marks-entry-path.ts';
import { addScriptAfterPaint, deferHydration, inlineAssets, type InlineAsset } from '$lib/server/first-paint.ts';
import { writeAllSocialCards } from '$lib/server/social-card-files.ts';

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

// Out of the pages' turns: its one entry waits for every card, and would hold back the pages behind it.
const CARD_ROUTE = '/[lang=lang]/og/[id]/[file]';
const EMBED_CHILD = '/embed-child.js';

/**
 * While prerendering, the social cards are drawn on their own threads from the start
 * (src/lib/server/social-card-files.ts; the card route's one entry reports a failure), and the pages
 * are rendered one at a time, each after a turn of the event loop. The turn matters: a page is
 * rendered from memory without waiting on I/O, so without it page after page would run in
 * microtasks, and the drawing threads' replies (macrotasks) would wait for the last page, with
 * those threads idle (issue #13).
 */
export const init: ServerInit = () => {
	// Awaited by the card route's entry; caught here so that a failure is reported there, once.
	if (building) writeAllSocialCards().catch(() => undefined);
};

export const handle: Handle = ({ event, resolve }) => {
	const page = building && !event.isSubRequest && event.route.id !== CARD_ROUTE;
	return page ? inTurn(async () => respond({ event, resolve })) : respond({ event, resolve });
};

let turns: Promise<unknown> = Promise.resolve();

function inTurn<T>(work: () => Promise<T>): Promise<T> {
	const run = turns.then(() => new Promise((turn) => setImmediate(turn))).then(work);
	turns = run.catch(() => undefined);
	return run;
}

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
const respond: Handle = async ({ event, resolve }) => {
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
			// The height for the host page, and the marks' script at a reader's first use: after the first
			// paint (fetched before it, the deferred script held an embed's paint back, issue #13).
			if (embed)
				return addScriptAfterPaint(inlineAssets(page, EMBED_HEAD), EMBED_CHILD, { 'data-marks': MARKS_SCRIPT });
			// The marks' script (tooltips, keyboard), fetched after the first paint, where a chart is drawn
			// or an explorer may draw one; an embed loads it on first use (embed-child.js) to stay under
			// 2 KB of script.
			const charts = explorer || page.includes('data-mark=');
			return charts ? addScriptAfterPaint(page, MARKS_SCRIPT) : page;
		}
	});
};
