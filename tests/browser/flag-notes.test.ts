// Flags compactly (issue 16, part 4): under a chart, one line per flag with the number of values it
// marks, and each distinct note once behind a closed <details>; never one note per value.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { withSite } from './harness.ts';

const env = withSite();
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
	context = await env.browser.newContext({ javaScriptEnabled: false });
	page = await context.newPage();
	// 28 countries, every value from a secondary source whose provenance is to be checked.
	await page.goto(env.site.at('/en/indicator/ehis_aerobic_150min_nonwork_eurostat/'), { waitUntil: 'load' });
});
afterAll(async () => {
	await context?.close();
});

const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

describe('flag notes under a chart', () => {
	test('one line per flag, counting the marked values the chart draws', async () => {
		const figure = page.locator('figure.chart-figure').first();
		const marked = await figure
			.locator('svg.chart:visible')
			.first()
			.locator('text')
			.evaluateAll((texts) => texts.filter((t) => (t.textContent ?? '').trim().endsWith('†')).length);
		expect(marked).toBeGreaterThan(10);
		const lines = (await figure.locator('[data-flag-summary]').allTextContents()).map(squash);
		expect(lines).toEqual([`† ${marked} values: Secondary source`, `† ${marked} values: Provenance to check`]);
	});

	test('the details are closed, and no note is written twice', async () => {
		const figure = page.locator('figure.chart-figure').first();
		expect(await figure.locator('[data-flag-notes] details').getAttribute('open')).toBeNull();
		const notes = (await figure.locator('[data-flag-note]').allTextContents()).map(squash);
		expect(notes.length).toBeGreaterThan(0);
		expect(notes.length).toBeLessThan(5);
		expect(new Set(notes).size).toBe(notes.length);
		// Every marked value is named in the details, once.
		const named = notes.flatMap((n) => n.split(':')[0]!.split(', '));
		expect(new Set(named).size).toBe(named.length);
	});

	test('a single value says "1 value" (plural rules of the language)', async () => {
		const home = await context.newPage();
		await home.goto(env.site.at('/nl/'), { waitUntil: 'load' });
		const lines = (await home.locator('.headline [data-flag-summary]').allTextContents()).map(squash);
		expect(lines).toEqual(['† 1 waarde: Definitie niet geverifieerd', '† 1 waarde: Leeftijdsbasis afgeleid']);
		await home.close();
	});
});
