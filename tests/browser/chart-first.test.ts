// The chart comes first on an indicator page (issue 16, part 3): at 1280×900 its title, one-sentence
// takeaway and the whole chart are on the first screen; on a 390×844 phone the chart starts on it.
// One page per chart type: bars (a breakdown page), trend (the headline's total page), map (?view=map,
// on an indicator with three regional values).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { withSite } from './harness.ts';

const env = withSite();
const pages = [
	{ kind: 'bar-chart', path: '/nl/indicator/pa_aerobic_who_ehispaq/sex/' },
	{ kind: 'line-chart', path: '/fr/indicator/pa_aerobic_who_ehispaq/' },
	{ kind: 'map-chart', path: '/en/indicator/pa_30min_day_ipaq/?view=map' }
] as const;
const screens = [
	{ width: 1280, height: 900, whole: true },
	{ width: 390, height: 844, whole: false }
] as const;

let contexts: BrowserContext[] = [];
beforeAll(async () => {
	contexts = await Promise.all(
		screens.map((s) => env.browser.newContext({ viewport: { width: s.width, height: s.height } }))
	);
});
afterAll(async () => {
	await Promise.all(contexts.map((c) => c.close()));
});

describe.each(screens.map((s, i) => ({ ...s, i })))('at $width×$height', ({ width, height, whole, i }) => {
	test.each(pages)('$kind: $path', async ({ kind, path }) => {
		const page = await contexts[i]!.newPage();
		await page.goto(env.site.at(path), { waitUntil: 'load' });
		const chart = page.locator(`figure svg.chart.${kind}:visible`).first();
		await chart.waitFor();
		const box = async (selector: string) => {
			const b = await page.locator(selector).first().boundingBox();
			if (!b) throw new Error(`${selector} is not rendered on ${path}`);
			return b;
		};
		const svg = await chart.boundingBox();
		if (!svg) throw new Error(`the chart of ${path} is not rendered`);
		const title = await box('figure figcaption');
		const takeaway = await box('figure [data-takeaway]');
		expect(await page.evaluate(() => window.scrollY), 'the page opens at its top').toBe(0);
		if (whole) {
			expect(title.y, 'chart title on the first screen').toBeGreaterThanOrEqual(0);
			expect(takeaway.y + takeaway.height, 'takeaway on the first screen').toBeLessThanOrEqual(height);
			expect(svg.y + svg.height, `chart bottom (${width}×${height})`).toBeLessThanOrEqual(height);
		} else {
			expect(svg.y, `chart top (${width}×${height})`).toBeLessThan(height);
		}
		// The definitions follow the chart.
		const facts = await box('dl.facts');
		expect(facts.y).toBeGreaterThan(svg.y);
		await page.close();
	});
});
