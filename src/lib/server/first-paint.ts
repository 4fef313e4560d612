// What runs before the first paint of a prerendered page (issue #13): nothing but the HTML and its
// inlined CSS. SvelteKit's bootstrap script imports the client at once; this moves the imports to
// after the first paint (`afterFirstPaint`: its paint entry, then a task), and keeps the page's
// hash-mode CSP in step with the rewritten script. Pure string functions, applied by
// src/hooks.server.ts.

import { createHash } from 'node:crypto';
import { HYDRATE_EVENT } from '../charts/marks-entry-path.ts';

const sha256 = (body: string) => `sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`;

/** The marker of SvelteKit's bootstrap (render.js writes `const element = document.currentScript.parentElement;`). */
const ELEMENT = 'const element = document.currentScript.parentElement;';
const START = 'Promise.all([';
const KIT_START = 'kit.start(';
/** Said just before hydration, so the marks script takes its nodes out of the charts (HYDRATE_EVENT). */
const ANNOUNCE = `document.dispatchEvent(new Event(${JSON.stringify(HYDRATE_EVENT)})); `;
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
 * A script statement that calls `fn` at the reader's first use of a control (a pointer over it, a
 * press, a focus or a key on an input, select, textarea, button, label or the summary of a
 * disclosure such as the Embed box), or after the first paint when the address has a query string
 * (a shared view to apply, or a parameter to report). A page
 * that is only read never loads the app (issue #13: the indicator and compare pages ship 78 KB of
 * it; reading them needs none, their chart marks have /chart-marks.js).
 *
 * Nothing the reader does before the app is live is lost: a button's click is held (its default
 * prevented) and a control's change or input kept with the value chosen; once the layout marks
 * `<html data-hydrated>`, each is done again, in order, on the live page, in the same microtask
 * (a key typed later, a task, then lands after them: with a task between, a letter typed then was
 * overwritten by the replay of the one before). Angular's event replay
 * and Nuxt's hydrate-on-interaction do the same.
 */
export const onFirstUse = (fn: string): string =>
	`((go) => { const d = document, root = d.documentElement, held = []; let started = false, live = false; ` +
	`const start = () => { if (!started) { started = true; go(); } }; ` +
	`const control = (t, labels) => t instanceof Element ? t.closest(labels ? 'input, select, textarea, button, label, summary' : 'input, select, textarea, button') : null; ` +
	`const intent = (e) => { if (control(e.target, true)) start(); }; ` +
	`for (const type of ['pointerover', 'pointerdown', 'focusin', 'keydown']) d.addEventListener(type, intent, true); ` +
	`const hold = (e) => { const el = control(e.target, false); if (live || !el) return; ` +
	`if (e.type === 'click') { if (el.tagName !== 'BUTTON') return; e.preventDefault(); e.stopPropagation(); held.push(() => el.click()); } ` +
	`else { const box = el.type === 'radio' || el.type === 'checkbox', chosen = box ? el.checked : el.value; ` +
	`held.push(() => { if (box) el.checked = chosen; else el.value = chosen; el.dispatchEvent(new Event(e.type, { bubbles: true })); }); } start(); }; ` +
	`for (const type of ['click', 'change', 'input']) d.addEventListener(type, hold, true); ` +
	`new MutationObserver((_, o) => { if (!root.hasAttribute('data-hydrated')) return; o.disconnect(); live = true; ` +
	`for (const again of held.splice(0)) again(); }).observe(root, { attributes: true, attributeFilter: ['data-hydrated'] }); ` +
	`if (location.search) ${afterFirstPaint('start')} })(${fn});`;

/** The body of a bootstrap deferred to the reader's first use ends with this call. */
export const FIRST_USE_CALL = onFirstUse('__kitStart');

/** When the deferred client starts: after the first paint, or at the reader's first use (onFirstUse). */
export type HydrateWhen = 'paint' | 'use';

/**
 * The bootstrap body with its client imports started after the first paint (or at first use), and
 * HYDRATE_EVENT dispatched just before `kit.start`. `element` is read synchronously
 * (document.currentScript is null later); everything else is unchanged. Returns the body unchanged when it is not SvelteKit's bootstrap or is already deferred.
 */
export function deferBootstrap(body: string, when: HydrateWhen = 'paint'): string {
	const at = body.indexOf(ELEMENT);
	if (at === -1 || body.includes('const __kitStart')) return body;
	const start = body.indexOf(START, at);
	const end = body.lastIndexOf('}');
	const kit = body.indexOf(KIT_START, start);
	if (start === -1 || end < start || kit === -1 || kit > end) return body;
	const call = when === 'use' ? FIRST_USE_CALL : DEFERRED_CALL;
	const imports = body.slice(start, kit) + ANNOUNCE + body.slice(kit, end).trimEnd();
	return `${body.slice(0, start)}const __kitStart = () => ${imports}\n${call}\n${body.slice(end)}`;
}

/**
 * A whole page with SvelteKit's bootstrap deferred (deferBootstrap) and the script's hash replaced in
 * the CSP <meta>. A page without a bootstrap (csr = false) is returned unchanged.
 */
export function deferHydration(html: string, when: HydrateWhen = 'paint'): string {
	let out = html;
	for (const m of html.matchAll(/<script>([\s\S]*?)<\/script>/g)) {
		const body = m[1]!;
		const next = deferBootstrap(body, when);
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
 * The page with a script `src` (and its `attributes`) that is fetched only after the first paint
 * (`afterFirstPaint`, as the deferred bootstrap): a small inline loader at the end of <head>, its
 * hash added to the CSP's script-src.
 */
export function addScriptAfterPaint(html: string, src: string, attributes: Record<string, string> = {}): string {
	if (!html.includes('</head>')) throw new Error('first-paint: a page without </head>');
	const set = Object.entries(attributes)
		.map(([name, value]) => ` s.setAttribute(${JSON.stringify(name)}, ${JSON.stringify(value)});`)
		.join('');
	const body = afterFirstPaint(
		`() => { const s = document.createElement('script'); s.src = ${JSON.stringify(src)};${set} document.head.append(s); }`
	);
	return addCspSource(
		html.replace('</head>', () => `<script>${body}</script></head>`),
		'script-src',
		sha256(body)
	);
}
