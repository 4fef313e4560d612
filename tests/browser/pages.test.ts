// The home pages in a real browser (Debian Chromium) against the built site: language, title,
// headline figures formatted per locale, accessible charts, and a clean load under the strict CSP
// (C2 for the home pages, with a positive control proving the CSP is enforced at all).

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { LANGS, collectCspViolations, instrument, watchPage, type Lang, withSite } from './harness.ts';
import { readCharts, showSpaces } from './read-charts.ts';

const env = withSite();
let context: BrowserContext;

beforeAll(async () => {
	context = await env.browser.newContext(); // never bypassCSP: the CSP is part of what is tested
	await instrument(context);
});

afterAll(async () => {
	await context?.close();
});

/** Headline figures as each locale must print them (Intl percent style, one decimal). */
const HEADLINE: Record<Lang, string[]> = {
	nl: ['34,9%', '30,1%'],
	// French puts a narrow no-break space (U+202F) before % (CLDR fr; Intl in Node and Chromium).
	fr: ['34,9\u202f%', '30,1\u202f%'],
	en: ['34.9%', '30.1%']
};

const stripSlash = (p: string) => p.replace(/\/+$/, '') || '/';

describe('root page /', () => {
	test('sends readers to /nl/ and links to /nl/, /fr/ and /en/', async () => {
		const res = await fetch(env.site.at('/'));
		expect(res.status, 'GET / status').toBe(200);
		const html = await res.text();
		// Parse the raw HTML with the browser's parser without loading it (a meta refresh would navigate away).
		const page = await context.newPage();
		try {
			const found = await page.evaluate(
				({ html, base }) => {
					const doc = new DOMParser().parseFromString(html, 'text/html');
					const refresh = doc.querySelector('meta[http-equiv="refresh" i]')?.getAttribute('content') ?? null;
					const refreshUrl = refresh && /url\s*=\s*['"]?([^'"]+)/i.exec(refresh)?.[1];
					return {
						refreshTarget: refreshUrl ? new URL(refreshUrl.trim(), base).pathname : null,
						links: Array.from(doc.querySelectorAll('a[href]')).map(
							(a) => new URL(a.getAttribute('href')!, base).pathname
						)
					};
				},
				{ html, base: env.site.url }
			);
			const linkPaths = found.links.map(stripSlash);
			const sendsToNl =
				found.refreshTarget !== null ? stripSlash(found.refreshTarget) === '/nl' : linkPaths.includes('/nl');
			expect(sendsToNl, `meta refresh target ${found.refreshTarget}; links ${found.links.join(', ')}`).toBe(true);
			for (const lang of LANGS) {
				expect(linkPaths, `/ must link to /${lang}/`).toContain(`/${lang}`);
			}
		} finally {
			await page.close();
		}
	});
});

describe.each(LANGS)('home page /%s/', (lang) => {
	test(`has <html lang="${lang}"> and a non-empty <title>`, async () => {
		const page = await context.newPage();
		try {
			await page.goto(env.site.at(`/${lang}/`), { waitUntil: 'load' });
			expect(await page.getAttribute('html', 'lang')).toBe(lang);
			expect((await page.title()).trim()).not.toBe('');
		} finally {
			await page.close();
		}
	});

	test(`headline shows ${HEADLINE[lang].map(showSpaces).join(' and ')} formatted for ${lang}`, async () => {
		const page = await context.newPage();
		try {
			await page.goto(env.site.at(`/${lang}/`), { waitUntil: 'networkidle' });
			const headline = page.locator('[data-testid="headline"]');
			expect(await headline.count(), 'elements with data-testid="headline"').toBeGreaterThanOrEqual(1);
			const text = (await headline.allTextContents()).join(' ');
			for (const figure of HEADLINE[lang]) {
				expect(
					text.includes(figure),
					`headline text ${JSON.stringify(showSpaces(text))} should contain ${showSpaces(figure)}`
				).toBe(true);
			}
		} finally {
			await page.close();
		}
	});

	test('has at least one figure with a named svg[role="img"] chart and a data table', async () => {
		const page = await context.newPage();
		try {
			await page.goto(env.site.at(`/${lang}/`), { waitUntil: 'networkidle' });
			const charts = await readCharts(page);
			expect(charts.length, 'figure svg[role="img"] count').toBeGreaterThanOrEqual(1);
			for (const chart of charts) {
				expect(chart.name, `chart #${chart.index} accessible name`).not.toBe('');
				expect(chart.hasTable, `chart #${chart.index} has a <table> in its figure`).toBe(true);
			}
		} finally {
			await page.close();
		}
	});

	test('loads with no console errors, no uncaught errors and no CSP violations', async () => {
		const page = await context.newPage();
		try {
			const problems = watchPage(page);
			await page.goto(env.site.at(`/${lang}/`), { waitUntil: 'networkidle' });
			problems.cspViolations = await collectCspViolations(page);
			expect(problems, 'securitypolicyviolation events, uncaught errors and console errors').toEqual({
				cspViolations: [],
				pageErrors: [],
				consoleErrors: []
			});
		} finally {
			await page.close();
		}
	});
});

describe('Content-Security-Policy (positive control)', () => {
	test('an injected inline <script> is blocked and fires a securitypolicyviolation event', async () => {
		const page = await context.newPage();
		try {
			await page.goto(env.site.at('/nl/'), { waitUntil: 'networkidle' });
			const outcome = await page.evaluate(async () => {
				const w = window as unknown as { __inlineRan?: boolean };
				const violation = new Promise<string>((resolve) =>
					document.addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective), { once: true })
				);
				const script = document.createElement('script');
				script.textContent = 'window.__inlineRan = true;';
				document.head.append(script);
				// Safety net so a missing event gives a readable failure instead of a test timeout.
				const none = new Promise<string>((resolve) => setTimeout(() => resolve('no event'), 5000));
				const directive = await Promise.race([violation, none]);
				return { directive, ran: w.__inlineRan === true };
			});
			expect(outcome.ran, 'the injected inline script must not run').toBe(false);
			expect(outcome.directive).toMatch(/^script-src/);
			const recorded = await collectCspViolations(page);
			expect(
				recorded.some((v) => v.directive.startsWith('script-src')),
				'the init-script listener records it too'
			).toBe(true);
		} finally {
			await page.close();
		}
	});
});
