// C12: keyboard-only use and small screens. Tab reaches the chart, arrow keys walk every mark
// (each announced with label and value), Escape closes the tooltip, Tab leaves the chart; at
// 320 CSS px and at 200 % zoom no page scrolls sideways.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { withSite } from './harness.ts';

const env = withSite();

const focused = (page: Page) =>
	page.evaluate(() => {
		const el = document.activeElement;
		return {
			label: el?.getAttribute('aria-label') ?? '',
			mark: el?.getAttribute('data-mark') ?? null,
			tag: el?.tagName ?? ''
		};
	});

/** Presses Tab until focus lands on a chart mark; fails if it never does. */
async function tabToFirstMark(page: Page): Promise<void> {
	for (let i = 0; i < 80; i++) {
		await page.keyboard.press('Tab');
		if ((await focused(page)).mark !== null) return;
	}
	throw new Error('Tab never reached a chart mark');
}

describe('keyboard', () => {
	for (const [path, view, chart] of [
		['/en/indicator/pa_aerobic_who_ehispaq/?view=bar', 'bar', 'bar-chart'],
		['/en/indicator/pa_aerobic_who_ehispaq/?view=trend', 'trend', 'line-chart'],
		['/en/indicator/pa_aerobic_who_ehispaq/?view=map', 'map', 'map-chart']
	] as const) {
		test(`every mark of the ${view} chart is reached with Tab and the arrow keys, then Tab leaves the chart`, async () => {
			const page = await env.browser.newPage();
			await page.goto(env.site.at(path));
			// Trend and map charts arrive on demand after the default bars: wait for the right one.
			await expect.poll(() => page.locator(`figure svg.${chart}:visible`).count()).toBe(1);
			const marks = await page.locator(`figure svg.${chart}:visible [data-mark]`).count();
			expect(marks).toBeGreaterThan(1);
			await tabToFirstMark(page);
			const labels = [(await focused(page)).label];
			for (let i = 1; i < marks; i++) {
				await page.keyboard.press('ArrowRight');
				labels.push((await focused(page)).label);
			}
			expect(new Set(labels).size).toBe(marks);
			for (const label of labels) expect(label).toMatch(/\d|no data/);
			// A tooltip shows for the focused mark and Escape closes it.
			expect(await page.locator('figure svg.chart .tooltip').count()).toBe(1);
			await page.keyboard.press('Escape');
			expect(await page.locator('figure svg.chart .tooltip').count()).toBe(0);
			await page.keyboard.press('Tab');
			expect((await focused(page)).mark).toBeNull();
			await page.close();
		});
	}

	test('the focused mark has a visible focus indicator', async () => {
		const page = await env.browser.newPage();
		await page.goto(env.site.at('/nl/indicator/pa_aerobic_who_ehispaq/'));
		await expect.poll(() => page.locator('figure svg.chart').first().getAttribute('aria-labelledby')).toBeTruthy();
		await tabToFirstMark(page);
		const before = await page.locator('figure').first().screenshot();
		await page.keyboard.press('ArrowDown');
		const after = await page.locator('figure').first().screenshot();
		expect(Buffer.compare(before, after)).not.toBe(0);
		await page.close();
	});
});

describe('small screens and zoom', () => {
	const pages = [
		'/nl/',
		'/nl/indicators/',
		'/nl/indicator/pa_aerobic_who_ehispaq/',
		'/nl/indicator/pa_aerobic_who_ehispaq/?view=trend',
		'/nl/indicator/pa_aerobic_who_ehispaq/?view=map',
		'/nl/indicator/pa_aerobic_who_ehispaq/?view=table',
		'/fr/indicator/ehis_aerobic_150min_nonwork_eurostat/',
		'/en/data/',
		'/en/stories/belgium-in-europe/',
		'/nl/embed/pa_aerobic_who_ehispaq/total/bar/2023/BE/'
	];
	// 320 CSS px is checked, with the text-spacing overrides, by a11y-text.test.ts.
	for (const [label, viewport] of [['200 % zoom of a 1280 px window', { width: 640, height: 400 }]] as const) {
		test(`at ${label} no page scrolls sideways`, async () => {
			const context = await env.browser.newContext({ viewport, deviceScaleFactor: label.startsWith('200') ? 2 : 1 });
			const wide: string[] = [];
			for (const path of pages) {
				const page = await context.newPage();
				await page.goto(env.site.at(path), { waitUntil: 'networkidle' });
				const { scroll, client } = await page.evaluate(() => ({
					scroll: document.documentElement.scrollWidth,
					client: document.documentElement.clientWidth
				}));
				if (scroll > client) wide.push(`${path}: ${scroll} > ${client}`);
				await page.close();
			}
			await context.close();
			expect(wide).toEqual([]);
		});
	}
});
