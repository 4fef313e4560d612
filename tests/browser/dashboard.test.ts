// The home dashboard with JavaScript off, in nl, fr and en: one tile per row of data/dashboard.csv in
// its order, each value and † as data/ publishes the latest total, the comparison in the page's
// language, a trend drawing that leaves a gap at a series break, and no sideways scroll at 320 px.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { formatValue } from '../../src/lib/format/number.ts';
import { LANGS, withSite } from './harness.ts';
import { realCatalogue } from '../real-catalogue.ts';

const env = withSite();
const catalogue = realCatalogue();
let context: BrowserContext;

beforeAll(async () => {
	context = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
});
afterAll(async () => {
	await context?.close();
});

/** The latest preferred total of a tile, read straight from data/ (latest year, then wave month). */
function latestTotal(indicator: string, region: string) {
	const rows = catalogue!.observations.filter(
		(o) =>
			o.indicator === indicator && o.region === region && o.preferred && o.breakdown === 'total' && o.group === 'total'
	);
	const at = (o: (typeof rows)[number]) => `${o.year ?? 0}-${o.wave_date ?? ''}`;
	return rows.sort((a, b) => at(a).localeCompare(at(b))).at(-1);
}

const notComparable = {
	nl: 'Niet vergelijkbaar met eerdere metingen',
	fr: 'Non comparable aux vagues précédentes',
	en: 'Not comparable with earlier waves'
};

describe.each(LANGS)('/%s/ dashboard without JavaScript', (lang) => {
	let page: Page;
	beforeAll(async () => {
		page = await context.newPage();
		await page.goto(env.site.at(`/${lang}/`), { waitUntil: 'load' });
	});
	afterAll(async () => {
		await page?.close();
	});

	test('one tile per row of dashboard.csv, in its order, each linking to its indicator page', async () => {
		const tiles = await page.$$eval('[data-tile]', (els) =>
			els.map((e) => ({ id: e.getAttribute('data-tile'), href: e.querySelector('h3 a')?.getAttribute('href') }))
		);
		expect(tiles.map((t) => t.id)).toEqual(catalogue!.dashboard.map((d) => d.indicator));
		for (const t of tiles) expect(t.href).toBe(`/${lang}/indicator/${t.id}/`);
	});

	test('each value and its † are the latest published total of data/', async () => {
		for (const tile of catalogue!.dashboard) {
			const row = latestTotal(tile.indicator, tile.region);
			const unit = catalogue!.indicators.find((i) => i.id === tile.indicator)?.unit ?? 'percent';
			if (!row) throw new Error(`no total for ${tile.indicator}`);
			const expected = `${formatValue(row.value, row.decimals, unit, lang)}${row.flags.length > 0 ? ' †' : ''}`;
			const shown = await page.textContent(`[data-tile="${tile.indicator}"] [data-tile-value]`);
			expect(shown, tile.indicator).toBe(expected);
		}
	});

	test('the headline tile gives the comparable 2018 value; depression says why 2018 is not comparable', async () => {
		const previous = await page.textContent('[data-tile="pa_aerobic_who_ehispaq"] [data-tile-comparison="previous"]');
		expect(previous).toContain(formatValue(30.1, 1, 'percent', lang));
		const why = await page.textContent('[data-tile="depressive_disorder_phq9"] [data-tile-comparison]');
		expect(why).toContain(notComparable[lang]);
		expect(why).toContain('15+');
	});

	test('every tile draws its trend, named in words; the headline trend leaves a gap at the series break', async () => {
		const names = await page.$$eval('[data-tile] svg[data-spark]', (svgs) =>
			svgs.map((s) => s.getAttribute('aria-label'))
		);
		expect(names.length).toBe(catalogue!.dashboard.length);
		for (const name of names) expect(name?.length).toBeGreaterThan(10);
		const geometry = await page.$eval('[data-tile="pa_aerobic_who_ehispaq"] svg[data-spark]', (svg) => {
			const right = (el: Element) => el.getBoundingClientRect().right;
			const left = (el: Element) => el.getBoundingClientRect().left;
			const runs = [...svg.querySelectorAll('[data-run]')].map((g) => ({
				left: Math.min(...[...g.querySelectorAll('circle')].map(left)),
				right: Math.max(...[...g.querySelectorAll('circle')].map(right)),
				pathRight: g.querySelector('path') ? right(g.querySelector('path') as Element) : null
			}));
			const breaks = [...svg.querySelectorAll('.spark-break')].map((b) => b.getBoundingClientRect().left);
			return { runs, breaks };
		});
		expect(geometry.runs.length).toBe(2);
		expect(geometry.breaks.length).toBe(1);
		const [before, after] = geometry.runs;
		const breakX = geometry.breaks[0] as number;
		// No line crosses the break: the earlier run ends before it, the later one starts after it.
		expect(before!.right).toBeLessThan(breakX);
		expect(after!.left).toBeGreaterThan(breakX);
	});

	test('the Flemish survey tile names Flanders; nothing scrolls sideways at 320 px', async () => {
		const place = await page.textContent('[data-tile="barrier_lack_of_time"] [data-tile-place]');
		expect(place).toBe(
			catalogue!.dimensions.find((d) => d.dimension === 'region' && d.code === 'BE-VLG')?.[`label_${lang}`]
		);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
	});
});
