// Views that used to break once JavaScript applied the query string: two trends and a table threw
// Svelte's each_key_duplicate (two flag notes with one key) and showed an empty chart, and a map
// of a wave without regional values showed "no data" for every region. Each must now render its
// own view, with no page error.
import { describe, expect, test } from 'vitest';
import { openHydrated, watchPage, withSite } from './harness.ts';

const env = withSite();

const cases = [
	{ path: '/nl/indicator/pa_aerobic_who_ehispaq/education/?view=trend', caption: ': verloop, België', mark: 'svg' },
	{ path: '/nl/indicator/pa_30min_day_ipaq/education/?view=trend', caption: ': verloop, België', mark: 'svg' },
	{
		path: '/nl/indicator/sitting_resting_time_mean_hours/?view=table',
		caption: 'alle gepubliceerde cijfers',
		mark: 'table'
	},
	{ path: '/nl/indicator/depressive_disorder_phq9/?view=map', caption: 'per gewest, 2018', mark: 'svg' }
] as const;

describe('views applied in the browser', () => {
	test.each(cases)('$path renders its view with no page error', async ({ path, caption, mark }) => {
		const page = await env.context.newPage();
		const problems = watchPage(page);
		await openHydrated(page, env.site.at(path));
		const figure = page.locator('figure.chart-figure').first();
		// The prerendered HTML holds the default view; its caption changes once the hydrated page has
		// applied the query.
		await expect.poll(() => figure.locator('figcaption').innerText()).toContain(caption);
		// Trend and map charts load on demand: the caption may change before the chart arrives.
		await expect.poll(() => figure.locator(mark === 'svg' ? 'svg' : 'table tbody tr').count()).toBeGreaterThan(0);
		const values = await figure.locator('.source-line').innerText();
		expect(values).not.toMatch(/Bron: \. \./);
		expect(problems.pageErrors).toEqual([]);
		expect(problems.consoleErrors).toEqual([]);
		await page.close();
	});

	test('the map opens on a wave with a regional value, and names the region that has none', async () => {
		const page = await env.context.newPage();
		await openHydrated(page, env.site.at('/nl/indicator/depressive_disorder_phq9/?view=map'));
		const figure = page.locator('figure.chart-figure').first();
		await expect.poll(() => figure.locator('figcaption').innerText()).toContain('per gewest, 2018');
		const description = await figure.locator('svg desc').first().textContent();
		expect(description).toMatch(/Vlaams Gewest: \d/);
		expect(description).toContain('Waals Gewest: geen gegevens');
		expect(description).not.toContain('BE-WAL');
		await page.close();
	});
});
