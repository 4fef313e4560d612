// What runs before the first paint of a prerendered page (issue #13): nothing but the HTML and its
// inlined CSS. SvelteKit's bootstrap script imports the client at once; this moves the imports to
// after the first paint (`afterFirstPaint`: its paint entry, then a task), and keeps the page's
// hash-mode CSP in step with the rewritten script. Pure string functions, applied by
// src/hooks.server.ts.

import { createHash } from 'node:crypto';

const sha256 = (body: string) => `sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`;

/** The marker of SvelteKit's bootstrap (render.js writes `const element = document.currentScript.parentElement;`). */
const ELEMENT = 'const element = document.currentScript.parentElement;';
const START = 'Promise.all([';
/**
 * A script statement that calls `fn` once the first contentful paint is on screen: when Chromium or
 * Firefox report its paint entry (after the frame is presented), then a task; after 3 s without one
 * (a background tab paints nothing); where paint entries are unknown, after the first frame.
 */
export const afterFirstPaint = (fn: string): string =>
	`((go) => { let done = false; const run = () => { if (!done) { done = true; go(); } }; ` +
	`if (typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('paint')) { ` +
	`new PerformanceObserver((list, o) => { if (list.getEntriesByName('first-contentful-paint').length) { o.disconnect(); setTimeout(run, 0); } }).observe({ type: 'paint', buffered: true }); setTimeout(run, 3000); ` +
	`} else requestAnimationFrame(() => setTimeout(run, 0)); })(${fn});`;

/** The body of a deferred bootstrap ends with this call. */
export const DEFERRED_CALL = afterFirstPaint('__kitStart');

/**
 * The bootstrap body with its client imports started after the first paint. `element` is read
 * synchronously (document.currentScript is null later); everything else is unchanged. Returns the
 * body unchanged when it is not SvelteKit's bootstrap or is already deferred.
 */
export function deferBootstrap(body: string): string {
	const at = body.indexOf(ELEMENT);
	if (at === -1 || body.includes(DEFERRED_CALL)) return body;
	const start = body.indexOf(START, at);
	const end = body.lastIndexOf('}');
	if (start === -1 || end < start) return body;
	return `${body.slice(0, start)}const __kitStart = () => ${body.slice(start, end).trimEnd()}\n${DEFERRED_CALL}\n${body.slice(end)}`;
}

/**
 * A whole page with SvelteKit's bootstrap deferred (deferBootstrap) and the script's hash replaced in
 * the CSP <meta>. A page without a bootstrap (csr = false) is returned unchanged.
 */
export function deferHydration(html: string): string {
	let out = html;
	for (const m of html.matchAll(/<script>([\s\S]*?)<\/script>/g)) {
		const body = m[1]!;
		const next = deferBootstrap(body);
		if (next === body) continue;
		const [before, after] = [`'${sha256(body)}'`, `'${sha256(next)}'`];
		if (!out.includes(before)) throw new Error('first-paint: the bootstrap script has no hash in the CSP meta');
		out = out.replace(`<script>${body}</script>`, () => `<script>${next}</script>`).replace(before, () => after);
	}
	return out;
}

/** The page's CSP <meta> with `source` added to `directive` (which must already be in it). */
export function addCspSource(html: string, directive: string, source: string): string {
	const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html);
	if (!meta) throw new Error('first-paint: no CSP meta to add a hash to');
	const re = new RegExp(`(^|; )${directive}( [^;]*)?(?=;|$)`);
	if (!re.test(meta[1]!)) throw new Error(`first-paint: the CSP meta has no ${directive}`);
	const content = meta[1]!.replace(re, (whole) => `${whole} '${source}'`);
	return html.replace(meta[0], () => meta[0].replace(meta[1]!, () => content));
}

export interface InlineAsset {
	/** The exact tag the page links it with, e.g. `<link rel="stylesheet" href="/theme.css"/>`. */
	tag: string;
	kind: 'style' | 'script';
	body: string;
}

/**
 * Puts small render-blocking files of the page's <head> (an embed's theme CSS and theme script) into
 * the page, each with its hash in style-src or script-src, so no request blocks the first paint.
 * A page without the tag is unchanged.
 */
export function inlineAssets(html: string, assets: InlineAsset[]): string {
	let out = html;
	for (const { tag, kind, body } of assets) {
		if (!out.includes(tag)) continue;
		out = out.replace(tag, () => (kind === 'style' ? `<style>${body}</style>` : `<script>${body}</script>`));
		out = addCspSource(out, kind === 'style' ? 'style-src' : 'script-src', sha256(body));
	}
	return out;
}

/**
 * The page with a script `src` that is fetched only after the first paint (`afterFirstPaint`, as
 * the deferred bootstrap): a small inline loader at the end of <head>, its hash added to the CSP's
 * script-src.
 */
export function addScriptAfterPaint(html: string, src: string): string {
	if (!html.includes('</head>')) throw new Error('first-paint: a page without </head>');
	const body = afterFirstPaint(
		`() => { const s = document.createElement('script'); s.src = ${JSON.stringify(src)}; document.head.append(s); }`
	);
	return addCspSource(
		html.replace('</head>', () => `<script>${body}</script></head>`),
		'script-src',
		sha256(body)
	);
}
