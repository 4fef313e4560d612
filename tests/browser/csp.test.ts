// C2 for every page type (pages.test.ts covers the home pages and the positive control there):
// in Chromium, with the strict CSP of the built site (never bypassCSP), each page type × nl/fr/en ×
// light/dark loads and is then used (chart hovered and focused, every disclosure opened: table,
// sources, download, embed, cite) with 0 securitypolicyviolation events, 0 console errors and 0
// uncaught errors. A positive control on a non-home page proves the CSP is enforced at all
// (Playwright once ignored meta CSP, microsoft/playwright #19186).

import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { BUILD_DIR, LANGS, collectCspViolations, instrument, watchPage, type Lang, withSite } from './harness.ts';

const SCHEMES = ['light', 'dark'] as const;

/** First page (URL path) under build/<lang>/<sub>/, at the given depth or (without one) at any depth; null when the build has none. */
function firstPageUnder(lang: Lang, sub: string, depth?: number): string | null {
	const walk = (rel: string, level: number): string | null => {
		const dir = path.join(BUILD_DIR, rel);
		if (!fs.existsSync(dir)) return null;
		if (level > 0 && (depth === undefined || level === depth) && fs.existsSync(path.join(dir, 'index.html')))
			return `/${rel}/`;
		if (depth !== undefined && level >= depth) return null;
		for (const e of fs
			.readdirSync(dir, { withFileTypes: true })
			.filter((e) => e.isDirectory())
			.sort((a, b) => a.name.localeCompare(b.name))) {
			const hit = walk(`${rel}/${e.name}`, level + 1);
			if (hit) return hit;
		}
		return null;
	};
	return walk(`${lang}/${sub}`, 0);
}

/** One URL per page type and language; page types the build does not have yet are left out (and listed). */
function pageTypes(lang: Lang): [string, string][] {
	const types: [string, string | null][] = [
		['home', `/${lang}/`],
		['catalogue', `/${lang}/indicators/`],
		['indicator', `/${lang}/indicator/pa_aerobic_who_ehispaq/`],
		['indicator breakdown', firstPageUnder(lang, 'indicator/pa_aerobic_who_ehispaq', 1)],
		['embed', firstPageUnder(lang, 'embed')],
		['accessibility statement', `/${lang}/accessibility/`],
		['404', `/${lang}/404/`]
	];
	return types.filter(
		(t): t is [string, string] => t[1] !== null && fs.existsSync(path.join(BUILD_DIR, t[1], 'index.html'))
	);
}

const CASES = LANGS.flatMap((lang) => pageTypes(lang).map(([type, p]) => ({ lang, type, path: p })));

const env = withSite();
const contexts = new Map<string, BrowserContext>();

beforeAll(async () => {
	for (const colorScheme of SCHEMES) {
		const context = await env.browser.newContext({ colorScheme }); // never bypassCSP: the CSP is what is tested
		await instrument(context);
		contexts.set(colorScheme, context);
	}
});

afterAll(async () => {
	for (const context of contexts.values()) await context.close();
});

/** Uses the page like a reader: hover and focus the charts, open every disclosure, then close with Escape. */
async function exercise(page: Page): Promise<void> {
	for (const svg of await page.locator('figure svg').all()) {
		if (await svg.isVisible()) await svg.hover({ timeout: 2000 }).catch(() => {});
	}
	const focusable = page.locator('figure [tabindex="0"], figure svg [tabindex]');
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

test('the build has the page types to check', () => {
	const types = new Set(CASES.map((c) => c.type));
	for (const needed of ['home', 'catalogue', 'indicator', 'accessibility statement', '404'])
		expect(types, `page type ${needed}`).toContain(needed);
	const missing = ['indicator breakdown', 'embed'].filter((t) => !types.has(t));
	if (missing.length) console.info(`csp: page types not in this build (not checked): ${missing.join(', ')}`);
});

describe.each(SCHEMES)('%s colour scheme', (colorScheme) => {
	test.for(CASES)(
		'$type $path: no CSP violation, console error or uncaught error, before and after use',
		async ({ path: p }) => {
			const page = await contexts.get(colorScheme)!.newPage();
			try {
				const problems = watchPage(page);
				const response = await page.goto(env.site.at(p), { waitUntil: 'networkidle' });
				expect(response?.status(), `HTTP status of ${p}`).toBe(200);
				await exercise(page);
				expect(page.url().startsWith(env.site.at(p).split('?')[0]!), 'still on the page under test').toBe(true);
				problems.cspViolations = await collectCspViolations(page);
				expect(problems, `${p} (${colorScheme})`).toEqual({ cspViolations: [], pageErrors: [], consoleErrors: [] });
			} finally {
				await page.close();
			}
		}
	);
});

test('positive control: on the accessibility statement an injected inline script is blocked and reported', async () => {
	const page = await contexts.get('light')!.newPage();
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
