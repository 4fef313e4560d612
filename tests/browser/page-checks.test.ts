// Every sampled page (sample.ts: every page type × language, plus a share of the rest chosen by the
// commit hash; all pages with TEST_FULL=1) is loaded once in one shared Chromium, with the site's
// strict CSP (never bypassCSP), and on that one load:
// - axe-core (WCAG 2.0/2.1 A and AA) finds no violation (C9) in the light colour scheme and then,
//   the scheme switched (the page restyles as a reader's system setting would make it), in the dark;
// - one page per type and language is also used like a reader would (charts hovered and focused,
//   every disclosure opened, then Escape) before the dark pass, so the dark pass sees it used;
// - there is no CSP violation, console error or uncaught page error, before and after use (C2).
// Positive controls prove that axe reports a known violation and that the CSP is enforced at all
// (Playwright once ignored meta CSP, microsoft/playwright #19186).

import { afterAll, beforeAll, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { runAxe } from './axe.ts';
import { collectCspViolations, instrument, openHydrated, watchPage, withSite } from './harness.ts';
import { FULL, SEED, pageType, samplePages } from './sample.ts';

const SCHEMES = ['light', 'dark'] as const;
const SAMPLE = samplePages('page-checks');
console.info(
	`page checks: ${FULL ? 'every page' : `sample of seed ${SEED.slice(0, 12)}`}: ` +
		`${SAMPLE.pages.length} of ${SAMPLE.total} pages, each in ${SCHEMES.join(' and ')}`
);

const env = withSite();
let context: BrowserContext;

beforeAll(async () => {
	context = await env.browser.newContext({ colorScheme: 'light' });
	await instrument(context);
});

afterAll(async () => {
	await context.close();
});

/** Uses the page like a reader: hover and focus the charts, open every disclosure, then close with Escape. */
async function exercise(page: Page): Promise<void> {
	// Only the drawing the container query shows: each chart is in the page once per width class.
	for (const svg of await page.locator('figure svg.chart:visible').all())
		await svg.hover({ timeout: 2000 }).catch(() => {});
	const focusable = page.locator('figure [tabindex="0"]:visible, figure svg [tabindex]:visible');
	if ((await focusable.count()) > 0) {
		await focusable.first().focus();
		for (const key of ['ArrowRight', 'ArrowLeft', 'Escape']) await page.keyboard.press(key);
	}
	for (const summary of await page.locator('details > summary').all()) {
		if (await summary.isVisible()) await summary.click({ timeout: 2000 }).catch(() => {});
	}
	for (const button of await page.locator('button[aria-expanded="false"], button[aria-haspopup]').all()) {
		if (await button.isVisible()) {
			await button.click({ timeout: 2000 }).catch(() => {});
			await page.keyboard.press('Escape');
		}
	}
	await page.waitForTimeout(100); // let a violation raised by the last interaction reach the listener
}

/** Keeps the page under test: a meta refresh (/ → /nl/) or a script redirect would navigate away mid-check. */
async function stayOnFirstDocument(page: Page): Promise<void> {
	let first = true;
	await page.route('**/*', (route) => {
		const request = route.request();
		if (request.isNavigationRequest() && request.frame() === page.mainFrame()) {
			if (first) {
				first = false;
				return route.continue();
			}
			return route.abort('aborted');
		}
		return route.continue();
	});
}

test('the sample holds every page type in every language', () => {
	const types = new Set(SAMPLE.pages.map((p) => `${pageType(p)} ${p.split('/')[1]}`));
	for (const lang of ['nl', 'fr', 'en'])
		for (const type of [
			'home',
			'indicators',
			'indicator',
			'indicator breakdown',
			'embed bar',
			'embed trend',
			'compare',
			'embed compare'
		])
			expect(types, `${type} in ${lang}`).toContain(`${type} ${lang}`);
	for (const view of ['table', 'trend', 'map'])
		expect(
			SAMPLE.pages.some((p) => p.endsWith(`?view=${view}`)),
			`?view=${view}`
		).toBe(true);
});

test('the axe harness reports a known violation (control)', async () => {
	const page = await env.browser.newPage();
	try {
		await page.setContent('<!doctype html><html lang="en"><title>control</title><main><img src="x.png"></main></html>');
		const result = await runAxe(page);
		expect(result.violations.map((v) => v.id)).toContain('image-alt');
		expect(result.summary).toMatch(/\[image-alt\] \(critical\)[\s\S]*- img/);
	} finally {
		await page.close();
	}
});

test('positive control: on the accessibility statement an injected inline script is blocked and reported', async () => {
	const page = await context.newPage();
	try {
		await page.goto(env.site.at('/en/accessibility/'), { waitUntil: 'networkidle' });
		const ran = await page.evaluate(async () => {
			const script = document.createElement('script');
			script.textContent = 'window.__inlineRan = true;';
			document.head.append(script);
			await new Promise((r) => setTimeout(r, 200));
			return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
		});
		expect(ran, 'the injected inline script must not run').toBe(false);
		const violations = await collectCspViolations(page);
		expect(
			violations.some((v) => v.directive.startsWith('script-src')),
			JSON.stringify(violations)
		).toBe(true);
	} finally {
		await page.close();
	}
});

// 2 min: a representative page is also used (every chart hovered, every disclosure opened), which
// on a long story with ten pages sharing two cores can pass the default minute.
test.concurrent.for(SAMPLE.pages)(
	'%s: axe in light and dark, CSP, no console or page error',
	{ timeout: 120_000 },
	async (pathname, { expect }) => {
		const page = await context.newPage();
		try {
			await stayOnFirstDocument(page);
			const problems = watchPage(page);
			// Hydrated: a ?view= page shows its view only then, and axe must check that view.
			const response = await openHydrated(page, env.site.at(pathname));
			expect(response, `no response for ${pathname}`).not.toBeNull();
			expect(response!.status(), `HTTP status of ${pathname}`).toBe(200);
			for (const colorScheme of SCHEMES) {
				if (colorScheme === 'dark') {
					if (SAMPLE.representatives.has(pathname)) await exercise(page);
					await page.emulateMedia({ colorScheme });
				}
				const dark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
				expect(dark, `prefers-color-scheme is ${colorScheme}`).toBe(colorScheme === 'dark');
				const axe = await runAxe(page);
				expect(page.url(), 'axe ran on the page under test (no navigation away)').toBe(response!.url());
				expect(axe.violations.length, `axe on ${pathname} (${colorScheme}):\n${axe.summary}`).toBe(0);
			}
			problems.cspViolations = await collectCspViolations(page);
			expect(problems, pathname).toEqual({ cspViolations: [], pageErrors: [], consoleErrors: [] });
		} finally {
			await page.close();
		}
	}
);
