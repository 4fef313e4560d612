// C11: with JavaScript disabled, the prerendered HTML alone carries every chart: a named and
// described svg[role="img"], a data table in the same figure, and the same numbers in both.

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { LANGS, withSite } from './harness.ts';
import { readCharts, showSpaces, type ChartInfo } from './read-charts.ts';

const env = withSite();
let context: BrowserContext;

beforeAll(async () => {
	context = await env.browser.newContext({ javaScriptEnabled: false });
});

afterAll(async () => {
	await context?.close();
});

const sorted = (values: string[]) => [...new Set(values)].sort();

describe.each(LANGS)('/%s/ without JavaScript', (lang) => {
	let page: Page;
	let charts: ChartInfo[];

	beforeAll(async () => {
		page = await context.newPage();
		await page.goto(env.site.at(`/${lang}/`), { waitUntil: 'load' });
		charts = await readCharts(page);
	});
	afterAll(async () => {
		await page?.close();
	});

	test('JavaScript is really off (control)', async () => {
		// <noscript> content is parsed as elements only when scripting is disabled.
		const scripting = await page.evaluate(() => {
			const probe = document.createElement('div');
			probe.innerHTML = '<noscript><p>x</p></noscript>';
			return probe.querySelector('noscript p') === null;
		});
		expect(scripting, 'the page context must have scripting disabled').toBe(false);
	});

	test('shows at least one chart', () => {
		expect(charts.length, 'figure svg[role="img"] count').toBeGreaterThanOrEqual(1);
	});

	test('every chart svg has an accessible name and a description', () => {
		for (const chart of charts) {
			expect(chart.name, `chart #${chart.index}: aria-label, aria-labelledby or <title>`).not.toBe('');
			expect(chart.description, `chart #${chart.index}: <desc> or aria-describedby`).not.toBe('');
		}
	});

	test('every chart figure has a <table> with value cells (td.value)', () => {
		for (const chart of charts) {
			expect(chart.hasTable, `chart #${chart.index} has a <table> in its figure`).toBe(true);
			expect(chart.tableValues.length, `chart #${chart.index}: td.value cells`).toBeGreaterThan(0);
		}
	});

	test('the values written in each svg (a number or "no data") are exactly the table values (td.value)', () => {
		for (const chart of charts) {
			expect(
				sorted(chart.svgValues).map(showSpaces),
				`chart #${chart.index} "${chart.name}": svg labels vs table values`
			).toEqual(sorted(chart.tableValues).map(showSpaces));
		}
	});
});
