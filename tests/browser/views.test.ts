// Every view works (JavaScript on): indicator pages and breakdowns of the run's language (the seed's
// choice) are opened once each, then every view a page offers is chosen in that page, and for the
// default view every year its year control offers. `npm test` opens one page of every kind (its
// breakdown, the views it offers and its default view, read from the built page) plus a share of
// the rest drawn by the seed; TEST_FULL=1 opens every page in all three languages. Each state must:
// - raise no page error and no console error;
// - show a chart (or, for the table view, a table) and at least one published value;
// - carry the title that the prerendered embed of the same state carries (the server's view of that
//   state), so the caption never names another view than the one shown.

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test, type ExpectStatic } from 'vitest';
import type { Page } from 'playwright-core';
import { BUILD_DIR, builtPages, openHydrated, watchPage, withSite } from './harness.ts';
import { pageType, sampleLangs, stratified } from './sample.ts';

const LANGS_RUN = sampleLangs('views');
const PAGES = builtPages().filter((p) => pageType(p) === 'indicator' || pageType(p) === 'indicator breakdown');

/** The share of the pages beyond one per kind that `npm test` opens. */
const EXTRA = 0.1;

/** A page's kind: its breakdown and the views its prerendered view switch offers (the default marked). */
function viewKind(pathname: string): string {
	const html = fs.readFileSync(path.join(BUILD_DIR, pathname, 'index.html'), 'utf8');
	const views = [...html.matchAll(/<input[^>]*name="view"[^>]*>/g)].map(
		([input]) => `${/value="([^"]+)"/.exec(input)?.[1] ?? '?'}${/checked/.test(input) ? '*' : ''}`
	);
	const breakdown = pathname.split('/').filter(Boolean)[3] ?? 'total';
	return `${breakdown}: ${views.join(',')}`;
}

const env = withSite();

/** How long a state may take to appear: generous, as ten pages share two busy cores. */
const POLL_MS = 15_000;

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

// Concurrent tests: each passes its own `expect` (the global one cannot tell them apart).

/** The text of an HTML fragment as Svelte's server output writes it (tags and entities). */
const textOf = (html: string) =>
	html
		.replace(/<[^>]+>/g, '')
		.replace(/&#(x?)([0-9a-f]+);/gi, (_, hex: string, n: string) => String.fromCodePoint(parseInt(n, hex ? 16 : 10)))
		.replace(/&(lt|gt|quot|apos);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'" })[e] ?? '')
		.replace(/&amp;/g, '&');

/**
 * The title of the prerendered embed of the state the explorer shows now (its embed link), read
 * from build/ (the server's own view of that state; the built files are served as they are).
 */
async function embedTitle(expect: ExpectStatic, page: Page, view: string): Promise<string> {
	const link = page.locator('a[href*="/embed/"]').first();
	await expect
		.poll(() => link.getAttribute('href'), { message: `embed link of the ${view} view`, timeout: POLL_MS })
		.toContain(`/${view}/`);
	const embedPath = new URL((await link.getAttribute('href'))!).pathname;
	const file = path.join(BUILD_DIR, decodeURIComponent(embedPath), 'index.html');
	expect(fs.existsSync(file), `the embed ${embedPath} of this state exists`).toBe(true);
	return clean(textOf(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(fs.readFileSync(file, 'utf8'))?.[1] ?? ''));
}

/** Checks the state on screen: its title, a chart or table, and a published value. */
async function expectState(expect: ExpectStatic, page: Page, view: string, what: string): Promise<void> {
	const figure = page.locator('figure.chart-figure').first();
	const title = await embedTitle(expect, page, view);
	expect(title, `${what}: the embed has a title`).not.toBe('');
	await expect
		.poll(async () => clean(await figure.locator('figcaption').first().textContent()), {
			message: what,
			timeout: POLL_MS
		})
		.toBe(title);
	const drawn = view === 'table' ? figure.locator('table') : figure.locator('svg.chart:not(.empty)');
	// Trend and map charts load on demand: the caption may change before the chart arrives.
	await expect
		.poll(() => drawn.count(), {
			message: `${what}: a ${view === 'table' ? 'table' : 'chart'} is shown`,
			timeout: POLL_MS
		})
		.toBeGreaterThan(0);
	const values = await figure.locator('td.value').allTextContents();
	expect(
		values.some((v) => /\d/.test(v)),
		`${what}: at least one published value`
	).toBe(true);
}

describe.each(LANGS_RUN)('%s', (lang) => {
	const all = PAGES.filter((p) => p.startsWith(`/${lang}/`));
	const { chosen: pages, representatives } = stratified(all, viewKind, `views ${lang}`, EXTRA);
	console.info(`views ${lang}: ${pages.length} of ${all.length} pages, ${representatives.size} kinds`);
	test('there are indicator pages of several kinds to open', () => {
		expect(all.length).toBeGreaterThan(10);
		expect(representatives.size).toBeGreaterThan(5);
	});
	test.concurrent.for(pages)('%s: every offered view and year renders', async (pathname, { expect }) => {
		const page = await env.context.newPage();
		try {
			const problems = watchPage(page);
			await openHydrated(page, env.site.at(pathname));
			const radios = page.locator('input[name="view"]');
			const views = await radios.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
			const initial = await page.locator('input[name="view"]:checked').getAttribute('value');
			expect(views.length, 'views offered').toBeGreaterThan(0);
			// Other views first, then back to the default view to walk its years.
			for (const view of [...views.filter((v) => v !== initial), initial!]) {
				await page.locator(`input[name="view"][value="${view}"]`).check();
				await expectState(expect, page, view, `${pathname} view=${view}`);
			}
			const years = page.locator('select[name="year"]');
			if ((await years.count()) > 0) {
				const options = await years
					.locator('option')
					.evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
				for (const year of options) {
					await years.selectOption(year);
					await expectState(expect, page, initial!, `${pathname} view=${initial} year=${year}`);
				}
			}
			expect(problems, pathname).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
		} finally {
			await page.close();
		}
	});
});
