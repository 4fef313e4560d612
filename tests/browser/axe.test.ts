// C9: axe-core (WCAG 2.0/2.1 A and AA rules) finds nothing on any built page, in light and dark.
// axe sees only the default state; colour contrast of chart marks (1.4.11) is not covered by axe.
// Pages are scanned a few at a time (vitest maxConcurrency, default 5) in one shared Chromium.

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { builtPages, launchChromium, runAxe, startSite, type Site } from './harness.ts';

/**
 * Every site page, and a sample of the embed pages: one per indicator, breakdown and view kind in
 * every language (the ~2,000 embeds share one template and differ only in the chart they hold).
 * AXE_ALL_EMBEDS=1 checks every embed page.
 */
function pagesToCheck(): string[] {
	const all = builtPages(); // throws "run npm run build first" when build/ is missing
	if (process.env.AXE_ALL_EMBEDS) return all;
	const seen = new Set<string>();
	return all.filter((p) => {
		const embed = /^\/(nl|fr|en)\/embed\/([^/]+)\/([^/]+)\/([^/]+)\//.exec(p);
		if (!embed) return true;
		const key = embed.slice(1, 5).join('/');
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}
const PAGES = pagesToCheck();
const SCHEMES = ['light', 'dark'] as const;

let site: Site;
let browser: Browser;
const contexts = new Map<string, BrowserContext>();

beforeAll(async () => {
	site = await startSite();
	browser = await launchChromium();
	for (const colorScheme of SCHEMES) contexts.set(colorScheme, await browser.newContext({ colorScheme }));
});

afterAll(async () => {
	for (const context of contexts.values()) await context.close();
	await browser?.close();
	await site?.close();
});

test('the build has pages to check', () => {
	expect(PAGES.length).toBeGreaterThan(0);
});

test('the axe harness reports a known violation (control)', async () => {
	const page = await browser.newPage();
	try {
		await page.setContent('<!doctype html><html lang="en"><title>control</title><main><img src="x.png"></main></html>');
		const result = await runAxe(page);
		expect(result.violations.map((v) => v.id)).toContain('image-alt');
		expect(result.summary).toMatch(/\[image-alt\] \(critical\)[\s\S]*- img/);
	} finally {
		await page.close();
	}
});

describe.each(SCHEMES)('%s colour scheme', (colorScheme) => {
	test.concurrent.for(PAGES)(`%s has no axe violations (wcag2a, wcag2aa, wcag21a, wcag21aa)`, async (pathname, { expect }) => {
		const page = await contexts.get(colorScheme)!.newPage();
		try {
			// Stay on the page under test: a meta refresh (e.g. / → /nl/) or a script redirect would
			// otherwise navigate away mid-scan. (Server redirects of the first request are followed by
			// the browser without calling the route handler again.)
			let first = true;
			await page.route('**/*', (route) => {
				const req = route.request();
				if (req.isNavigationRequest() && req.frame() === page.mainFrame()) {
					if (first) {
						first = false;
						return route.continue();
					}
					return route.abort('aborted');
				}
				return route.continue();
			});
			const response = await page.goto(site.at(pathname), { waitUntil: 'networkidle' });
			expect(response, `no response for ${pathname}`).not.toBeNull();
			expect(response!.status(), `HTTP status of ${pathname}`).toBe(200);
			const dark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
			expect(dark, `prefers-color-scheme is ${colorScheme}`).toBe(colorScheme === 'dark');
			const result = await runAxe(page);
			expect(page.url(), 'axe ran on the page under test (no navigation away)').toBe(response!.url());
			expect(result.violations.length, `axe on ${pathname} (${colorScheme}):\n${result.summary}`).toBe(0);
		} finally {
			await page.close();
		}
	});
});
