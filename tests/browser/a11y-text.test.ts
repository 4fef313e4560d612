// What a screen-reader user hears and a low-vision user sees, in real Chromium:
// - 4.1.3: changing the view or the year is announced once, in a polite live region, in the page's
//   language; SvelteKit's route announcer stays silent (it would read the unchanged page title); a
//   change of breakdown is a new page, whose own title the route announcer reads once, politely;
// - 1.4.10 and 1.4.12: at 320 CSS px, before and after the WCAG 1.4.12 text-spacing overrides, no
//   page scrolls sideways, no text is clipped (a table may scroll inside its own box), no number is
//   broken across lines, and every chart value, group and series label (with its †) stays inside its chart.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { t } from '../../src/lib/i18n/messages.ts';
import { BUILD_DIR, listHtmlFiles, openHydrated, type Lang, withSite } from './harness.ts';
import { sampleLangs } from './sample.ts';

const env = withSite();
const INDICATOR = 'pa_aerobic_who_ehispaq';

/** Records every change of a live region's text, from the first script on. */
const LIVE_LOG = `
	window.__live = [];
	new MutationObserver((records) => {
		for (const r of records) {
			const el = (r.target.nodeType === 1 ? r.target : r.target.parentElement)?.closest(
				'[aria-live], [role=status], [role=alert], [role=log]'
			);
			if (!el) continue;
			const text = el.textContent.trim();
			const live = el.getAttribute('aria-live') || (el.getAttribute('role') === 'alert' ? 'assertive' : 'polite');
			const last = window.__live[window.__live.length - 1];
			if (text && !(last && last.el === el && last.text === text)) window.__live.push({ el, text, live, id: el.id });
		}
	}).observe(document, { subtree: true, childList: true, characterData: true });
`;

type Said = { text: string; live: string; id: string };
const said = (page: Page) =>
	page.evaluate(() =>
		(window as unknown as { __live: Said[] }).__live.splice(0).map(({ text, live, id }) => ({ text, live, id }))
	);
const settle = (page: Page) =>
	page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0)))));

describe.each(sampleLangs('a11y-live'))('%s: status messages', (lang: Lang) => {
	test('view, year and breakdown changes are each announced once, politely, in the page language', async () => {
		const context = await env.browser.newContext();
		await context.addInitScript({ content: LIVE_LOG });
		const page = await context.newPage();
		await openHydrated(page, env.site.at(`/${lang}/indicator/${INDICATOR}/`));
		await said(page);
		const title = await page.title();

		// The map chart is not in the page's bundle: the first switch to it loads it.
		await page.locator('input[name="view"][value="map"]').check();
		await expect.poll(() => page.locator('figure svg.map-chart:visible').count()).toBe(1);
		await settle(page);
		let heard = await said(page);
		expect(heard).toHaveLength(1);
		expect(heard[0]!.live).toBe('polite');
		expect(heard[0]!.text).toContain(t(lang, 'view_map'));
		expect(heard[0]!.text).not.toBe(title);

		await page.locator('input[name="view"][value="bar"]').check();
		await settle(page);
		heard = await said(page);
		expect(
			heard.map((h) => h.live),
			`view: ${JSON.stringify(heard)}`
		).toEqual(['polite']);
		expect(heard[0]!.text).toContain(t(lang, 'view_bar'));

		const year = page.locator('select[name="year"]');
		const current = await year.inputValue();
		const other = await year
			.locator('option')
			.evaluateAll(
				(os, v) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent ?? '']).find(([value]) => value !== v),
				current
			);
		expect(other, 'a second year to choose').toBeTruthy();
		await year.selectOption(other![0]!);
		await settle(page);
		heard = await said(page);
		expect(
			heard.map((h) => h.live),
			`year: ${JSON.stringify(heard)}`
		).toEqual(['polite']);
		expect(heard[0]!.text).toContain(other![1]!.trim());

		// A breakdown is a page of its own: its new title is read once, politely, by the route announcer
		// (SvelteKit makes it assertive; the root layout turns it polite before each navigation).
		const link = page.locator('nav.breakdowns a:not([aria-current])').first();
		await link.click();
		await expect.poll(() => page.title()).not.toBe(title);
		await settle(page);
		heard = await said(page);
		expect(heard).toEqual([{ text: await page.title(), live: 'polite', id: 'svelte-announcer' }]);
		await context.close();
	});
});

/** The WCAG 1.4.12 overrides, as in the criterion's understanding document. */
const SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

/** Runs in the browser: what does not reflow. */
function reflowProblems(): string[] {
	const problems: string[] = [];
	const root = document.documentElement;
	if (root.scrollWidth > root.clientWidth) problems.push(`scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
	// Skipped: what is not read as laid-out text, a table that scrolls in its own box, and chart text
	// other than the value, group and series labels (axis ticks are short and placed by the axis).
	const CHART_LABELS = '.value-label, .group-label, .direct-label';
	const skip = (el: Element) =>
		el.closest('.visually-hidden, .table-scroll, pre, textarea, script, style, title, desc') ||
		(el.closest('svg') && !el.closest(CHART_LABELS));
	/** The part of an element's box that its clipping ancestors show. */
	const visible = (el: Element) => {
		let r = el.getBoundingClientRect();
		let [x0, y0, x1, y1] = [r.left, r.top, r.right, r.bottom];
		for (let a = el.parentElement; a && a !== root; a = a.parentElement) {
			const s = getComputedStyle(a);
			if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
			r = a.getBoundingClientRect();
			if (s.overflowX !== 'visible') [x0, x1] = [Math.max(x0, r.left), Math.min(x1, r.right)];
			if (s.overflowY !== 'visible') [y0, y1] = [Math.max(y0, r.top), Math.min(y1, r.bottom)];
		}
		return { width: Math.max(0, x1 - x0), height: Math.max(0, y1 - y0) };
	};
	const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
	const seen = new Set<Element>();
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		const el = node.parentElement;
		const text = (node.textContent ?? '').trim();
		if (!el || !text || skip(el)) continue;
		const box = el.getBoundingClientRect();
		if (box.width === 0 && box.height === 0) continue; // closed <details>, display: none
		if (!seen.has(el)) {
			seen.add(el);
			const v = visible(el);
			if (v.width < box.width - 1 || v.height < box.height - 1) problems.push(`clipped: “${text.slice(0, 60)}”`);
			const label = el.closest('svg') && el.closest(CHART_LABELS);
			if (label) {
				const chart = el.closest('svg')!.getBoundingClientRect();
				if (box.left < chart.left - 1 || box.right > chart.right + 1)
					problems.push(`${label.classList[0]} past the chart edge: “${text}”`);
			}
		}
		if (el.closest('svg')) continue;
		// A number standing alone (not inside a URL or an identifier, which may wrap anywhere).
		for (const m of text.matchAll(/(?<![\p{L}\d_/.-])\d[\d.,]*(?:[\u202f\u00a0 ]?%)?(?![\p{L}\d_/])/gu)) {
			if (m[0].length < 3) continue;
			const start = (node.textContent ?? '').indexOf(m[0]);
			const range = document.createRange();
			range.setStart(node, start);
			range.setEnd(node, start + m[0].length);
			const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
			if (tops.size > 1) problems.push(`number broken across lines: “${m[0]}” in “${text.slice(0, 60)}”`);
		}
	}
	return problems;
}

/** An embed of each view kind of the indicator, in one language. */
const embedsOf = (lang: Lang) => {
	const all = listHtmlFiles(BUILD_DIR).filter((f) => f.startsWith(`${lang}/embed/${INDICATOR}/`));
	return ['bar', 'trend', 'table']
		.map((view) => all.find((f) => f.split('/')[4] === view))
		.filter((f) => f !== undefined)
		.map((f) => `/${f.replace(/index\.html$/, '')}`);
};

describe.each(sampleLangs('a11y-reflow'))('%s: reflow and text spacing at 320 px', (lang: Lang) => {
	const pages = [
		`/${lang}/`,
		`/${lang}/indicators/`,
		`/${lang}/indicator/${INDICATOR}/`,
		`/${lang}/indicator/${INDICATOR}/age/`,
		`/${lang}/indicator/${INDICATOR}/?view=trend`,
		`/${lang}/indicator/${INDICATOR}/?view=map`,
		`/${lang}/indicator/${INDICATOR}/?view=table`,
		`/${lang}/indicator/insufficient_pa_who_strain2024/`,
		`/${lang}/data/`,
		`/${lang}/stories/belgium-in-europe/`,
		`/${lang}/accessibility/`,
		...embedsOf(lang)
	];
	// Concurrent: each page has its own context.
	test.concurrent.for(pages)('%s', async (path, { expect }) => {
		// The overrides are a user style sheet: injected as a <style>, which the page's CSP would block.
		const context = await env.browser.newContext({ viewport: { width: 320, height: 640 }, bypassCSP: true });
		const page = await context.newPage();
		await openHydrated(page, env.site.at(path));
		await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
		await settle(page);
		const before = await page.evaluate(reflowProblems);
		await page.addStyleTag({ content: SPACING });
		await settle(page);
		const after = await page.evaluate(reflowProblems);
		await context.close();
		expect([...before.map((p) => `as built: ${p}`), ...after.map((p) => `spaced: ${p}`)].slice(0, 12).join('\n')).toBe(
			''
		);
	});
});
