// The explorer at full uncertainty: the site built from data/ plus the SYNTHETIC table of
// tests/fixtures/full-uncertainty (every estimate with CI and n, imported through `npm run import`;
// `npm run build:fixture`). Its pages, embeds, downloads and API carry the CIs, the n and the
// table provenance, and the whiskers and bands never hide a value label at 320 or 1280 px.
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';
import {
	collectCspViolations,
	downloadBytes,
	instrument,
	openHydrated,
	ROOT,
	watchPage,
	type PageProblems
} from './harness.ts';
import { chartBoxes, chartBoxesIn, expectLabelsClear, overlap, type ChartBoxes } from './geometry.ts';

const BUILD = path.join(ROOT, 'build-fixtures', 'full-uncertainty');
const TABLE = path.join(ROOT, 'tests', 'fixtures', 'full-uncertainty', 'data', 'observations', 'his-synthetic.csv');
const ID = 'synthetic_pa_new';

let browser: Browser;
let server: { url: string; close(): Promise<void> };
const at = (p: string) => new URL(p, server.url).href;

beforeAll(async () => {
	if (!fs.existsSync(path.join(BUILD, 'nl', 'indicator', ID, 'index.html')))
		throw new Error(`${BUILD} has no ${ID} page: run npm run build:fixture first`);
	server = await startServer({ dir: BUILD, port: 0 });
	browser = await chromium.connect(inject('chromiumEndpoint'));
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

const watched = new WeakMap<Page, PageProblems>();

async function open(url: string, width: number): Promise<Page> {
	const context = await browser.newContext({ viewport: { width, height: 900 } });
	await instrument(context);
	const page = await context.newPage();
	watched.set(page, watchPage(page));
	await openHydrated(page, url);
	return page;
}

async function problemsOf(page: Page): Promise<PageProblems> {
	return { ...(watched.get(page) as PageProblems), cspViolations: await collectCspViolations(page) };
}

describe('the full-uncertainty catalogue, built', () => {
	for (const width of [320, 1280])
		for (const breakdown of ['sex', 'age', 'education'])
			it(`bars with whiskers of the ${breakdown} breakdown keep every value label readable at ${width} px`, async () => {
				const page = await open(at(`/nl/indicator/${ID}/${breakdown}/`), width);
				const boxes = await chartBoxes(page);
				const { labels, ci } = boxes;
				expect(labels.length, 'one label per bar').toBeGreaterThanOrEqual(2);
				expect(ci.length, 'a whisker per bar').toBe(labels.length);
				for (const label of labels) expect(label.text).toMatch(/^\d+,\d%/);
				expectLabelsClear(boxes);
				expect(await problemsOf(page)).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
				await page.context().close();
			});

	for (const width of [320, 1280])
		it(`the compare view puts the synthetic bars with whiskers beside the published ones, every label readable, at ${width} px`, async () => {
			const page = await open(
				at(`/en/compare/?a=${ID}&b=pa_aerobic_who_ehispaq&split=education&year=2018&region=BE`),
				width
			);
			const panels = await chartBoxesIn(
				page,
				'[data-compare] [data-panel]',
				'text.value-label, text.group-label',
				'.ci'
			);
			expect(panels).toHaveLength(2);
			const [synthetic, published] = panels as [ChartBoxes, ChartBoxes];
			expect(synthetic.ci.length, 'a whisker per synthetic bar').toBe(4);
			expect(published.ci.length, 'no interval was published').toBe(0);
			for (const panel of panels) {
				expect(panel.labels.filter((l) => l.value).length).toBe(4);
				expectLabelsClear(panel);
			}
			// Side by side on a wide screen, one above the other on a phone; neither widens the page.
			const [a, b] = [synthetic.svg!, published.svg!];
			if (width === 1280) expect(b.x).toBeGreaterThan(a.x + a.width);
			else expect(b.y).toBeGreaterThan(a.y + a.height);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
			const sentences = await page.locator('[data-sentences]').innerText();
			expect(sentences).toMatch(
				/\[synthetic\] Active enough \(new questionnaire\) — The 95% confidence intervals (do not )?overlap/
			);
			expect(sentences).toContain('Adults meeting the WHO aerobic activity recommendation — No confidence intervals');
			expect(await problemsOf(page)).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
			await page.context().close();
		});

	for (const width of [320, 1280])
		it(`the trend shows five waves with their bands, split at the questionnaire break, labels apart at ${width} px`, async () => {
			const page = await open(at(`/en/indicator/${ID}/?view=trend`), width);
			const svg = page.locator('figure svg.chart:visible').first();
			await svg.waitFor({ state: 'visible' });
			expect(await svg.locator('.break-line').count(), 'the break is drawn').toBeGreaterThan(0);
			expect(await svg.locator('.ci-band').count(), 'a band per segment').toBe(2);
			expect(await svg.locator('.mark').count(), 'five waves').toBe(5);
			const { labels } = await chartBoxes(page);
			expect(labels.length).toBeGreaterThanOrEqual(2);
			for (const a of labels)
				for (const b of labels) if (a !== b) expect(overlap(a, b), `${a.text} on ${b.text}`).toBe(false);
			expect(await page.locator('figure').first().innerText()).toMatch(/confidence intervals/);
			await page.context().close();
		});

	for (const width of [320, 1280])
		it(`the map names each region's value and interval, its labels inside the map and apart, at ${width} px`, async () => {
			const page = await open(at(`/nl/indicator/${ID}/?view=map`), width);
			const svg = page.locator('figure svg.map-chart:visible').first();
			// The map's code is loaded when the view asks for it, after the page has started.
			await svg.waitFor({ state: 'visible' });
			const names = await svg.locator('.mark').evaluateAll((ms) => ms.map((m) => m.getAttribute('aria-label') ?? ''));
			expect(names.length, 'three regions').toBe(3);
			for (const name of names) expect(name).toMatch(/\d+,\d%.*95%-BI \d+,\d% tot \d+,\d%/);
			const { svg: box, labels } = await chartBoxes(page);
			expect(labels.map((l) => l.text)).toHaveLength(3);
			for (const a of labels) {
				expect(a.text).toMatch(/^\d+,\d%/);
				expect(a.x, `${a.text} inside the map`).toBeGreaterThanOrEqual((box?.x ?? 0) - 0.5);
				expect(a.x + a.width, `${a.text} inside the map`).toBeLessThanOrEqual((box?.x ?? 0) + (box?.width ?? 0) + 0.5);
				for (const b of labels) if (a !== b) expect(overlap(a, b), `${a.text} on ${b.text}`).toBe(false);
			}
			expect(await problemsOf(page)).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
			await page.context().close();
		});

	it('the home tile gives the latest total with its interval, in each language', async () => {
		for (const [lang, ci] of [
			['nl', /^95%-BI \d+,\d% tot \d+,\d%$/],
			['fr', /^IC à 95\u202f% de \d+,\d\u202f% à \d+,\d\u202f%$/],
			['en', /^95% CI \d+\.\d% to \d+\.\d%$/]
		] as const) {
			const html = await (await fetch(at(`/${lang}/`))).text();
			const page = await browser.newPage({ javaScriptEnabled: false });
			await page.setContent(html);
			const tile = page.locator(`[data-tile="${ID}"]`);
			expect(await tile.locator('[data-tile-value]').innerText(), lang).toMatch(/^\d+[.,]\d\u202f?%$/);
			expect((await tile.locator('[data-tile-ci]').innerText()).trim(), lang).toMatch(ci);
			await page.close();
		}
	});

	it('the exported image (SVG, 640 px) keeps every value label clear of the whiskers and inside the image', async () => {
		const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		await page.goto(at(`/nl/indicator/${ID}/education/`), { waitUntil: 'networkidle' });
		await page.getByText('Afbeelding', { exact: true }).click();
		await page.getByLabel('Breedte').selectOption('640');
		const [file] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'SVG downloaden' }).click()
		]);
		const svg = (await downloadBytes(file)).toString('utf8');
		await page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
		const drawn = await page.evaluate(() => {
			const root = document.querySelector('svg')!;
			const box = (e: Element) => {
				const r = e.getBoundingClientRect();
				return { x: r.x, y: r.y, width: r.width, height: r.height };
			};
			// The export inlines the paint and drops the classes: value labels are the chart's texts with a
			// decimal, whiskers its unfilled paths with a horizontal run (each drawn twice, halo and line).
			const chart = root.querySelector('svg')!;
			const whiskers = [...chart.querySelectorAll('path')].filter(
				(p) => p.getAttribute('fill') === 'none' && /H/.test(p.getAttribute('d') ?? '')
			);
			return {
				image: box(root),
				labels: [...chart.querySelectorAll('text')]
					.filter((e) => /^\d+,\d/.test((e.textContent ?? '').trim()))
					.map((e) => ({ text: e.textContent ?? '', ...box(e) })),
				ci: [...new Map(whiskers.map((p) => [p.getAttribute('d'), p])).values()].map(box)
			};
		});
		expect(drawn.image.width).toBe(640);
		expect(drawn.labels.length, 'a label per education group').toBeGreaterThanOrEqual(3);
		expect(drawn.ci.length, 'a whisker per label').toBe(drawn.labels.length);
		for (const label of drawn.labels) {
			expect(label.x + label.width, `${label.text} inside the image`).toBeLessThanOrEqual(640.5);
			for (const whisker of drawn.ci) expect(overlap(label, whisker), `${label.text} under a whisker`).toBe(false);
		}
		await context.close();
	});

	it('the table view gives every estimate with its interval and n, written per locale', async () => {
		const rows = Papa.parse<Record<string, string>>(fs.readFileSync(TABLE, 'utf8'), {
			header: true,
			skipEmptyLines: true
		}).data;
		const row = rows.find((r) => r.indicator === ID && r.year === '2023' && r.region === 'BE' && r.group === 'male');
		expect(row).toBeDefined();
		const n = Number(row?.n);
		for (const [lang, grouped] of [
			['nl', new Intl.NumberFormat('nl-BE').format(n)],
			['fr', new Intl.NumberFormat('fr-BE').format(n)],
			['en', new Intl.NumberFormat('en-GB').format(n)]
		] as const) {
			const page = await open(at(`/${lang}/indicator/${ID}/sex/?view=table`), 1280);
			const text = (await page.locator('table').first().innerText()).replace(/\s/g, ' ');
			expect(text, lang).toContain(grouped.replace(/\s/g, ' '));
			expect(text, lang).toContain((row?.ci_low ?? '').replace('.', lang === 'en' ? '.' : ','));
			await page.context().close();
		}
	});

	it('names the table, its rows and its checksum where a quote would be', async () => {
		const page = await open(at(`/en/indicator/${ID}/sex/`), 1280);
		const sources = await page.locator('section.sources').innerText();
		expect(sources).toMatch(/From table his-synthetic\.csv, rows \d+–\d+/);
		expect(sources).toMatch(/SHA-256 [0-9a-f]{64}/);
		expect(await page.locator('section.sources blockquote').count(), 'no quote for table rows').toBe(0);
		await page.context().close();
	});

	it('an embed draws the whiskers and names the source', async () => {
		const page = await open(at(`/fr/embed/${ID}/sex/bar/2023/BE/`), 320);
		expect(await page.locator('svg.chart:visible .ci').count()).toBe(2);
		expect(await page.locator('body').innerText()).toContain('Données de test');
		await page.context().close();
	});

	it('the downloads and the API carry CI, n and the table provenance of every row', async () => {
		const csv = fs.readFileSync(path.join(BUILD, 'nl', 'downloads', `${ID}.csv`), 'utf8');
		const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
		expect(rows.length).toBe(80);
		for (const r of rows) {
			expect(r.ci_low && r.ci_high && r.n, JSON.stringify(r)).toBeTruthy();
			expect(r.source_table).toBe('his-synthetic.csv');
			expect(r.source_table_sha256).toMatch(/^[0-9a-f]{64}$/);
			expect(Number(r.source_row)).toBeGreaterThan(1);
			expect(r.source_quote).toBe('');
		}
		const api = await (await fetch(at(`/api/v1/indicators/${ID}.json`))).json();
		const observations = JSON.stringify(api);
		expect(observations).toContain('"source_table":"his-synthetic.csv"');
		expect(observations).toMatch(/"n":\d+/);
	});
});
