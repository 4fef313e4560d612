// C9: axe-core (WCAG 2.0/2.1 A and AA rules) finds nothing on any built page, in light and dark.
// axe sees only the default state; colour contrast of chart marks (1.4.11) is not covered by axe.
// Pages are scanned a few at a time (vitest maxConcurrency, default 5) in one shared Chromium.

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { builtPages, runAxe, withSite } from './harness.ts';

/**
 * Every built page in both colour schemes (C9), plus the views that live in the query string: the
 * table, trend and map views of every indicator page (light scheme; an unavailable view lands on the
 * default with its notice, which is checked too). AXE_SAMPLE=1 checks one embed per indicator and
 * view kind instead of all ~2,000 embeds, for a quick local run.
 */
function pagesToCheck(scheme: 'light' | 'dark'): string[] {
	const all = builtPages(); // throws "run npm run build first" when build/ is missing
	const seen = new Set<string>();
	const pages = all.filter((p) => {
		const embed = /^\/(nl|fr|en)\/embed\/([^/]+)\/[^/]+\/([^/]+)\//.exec(p);
		if (!embed || !process.env.AXE_SAMPLE) return true;
		const key = `${embed[1]}/${embed[2]}/${embed[3]}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
	if (scheme === 'dark') return pages;
	const views = all
		.filter((p) => /^\/(nl|fr|en)\/indicator\/[^/]+\/$/.test(p))
		.flatMap((p) => ['table', 'trend', 'map'].map((view) => `${p}?view=${view}`));
	return [...pages, ...views];
}
const PAGES = { light: pagesToCheck('light'), dark: pagesToCheck('dark') };
const SCHEMES = ['light', 'dark'] as const;

const env = withSite();
const contexts = new Map<string, BrowserContext>();

beforeAll(async () => {
	for (const colorScheme of SCHEMES) contexts.set(colorScheme, await env.browser.newContext({ colorScheme }));
});

afterAll(async () => {
	for (const context of contexts.values()) await context.close();
});

test('the build has pages to check', () => {
	expect(PAGES.light.length).toBeGreaterThan(0);
	expect(PAGES.dark.length).toBeGreaterThan(0);
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

describe.each(SCHEMES)('%s colour scheme', (colorScheme) => {
	test.concurrent.for(PAGES[colorScheme])(
		`%s has no axe violations (wcag2a, wcag2aa, wcag21a, wcag21aa)`,
		async (pathname, { expect }) => {
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
				const response = await page.goto(env.site.at(pathname), { waitUntil: 'networkidle' });
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
		}
	);
});
