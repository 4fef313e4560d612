// The compare view (#12 part 4) in Chromium: without JavaScript each language shows its prerendered
// default pair with both charts and its sentences; with JavaScript the selects offer only comparable
// pairs, and choosing another updates the URL, the charts and the sentences (announced once, no
// console error); a bad parameter shows a notice in the page's language; the embed renders both
// charts without framework script; the CSV download holds exactly the compared rows.
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { choices } from '../../src/lib/views/compare.ts';
import { compareData } from '../../src/lib/views/compare-data.ts';
import { downloadBytes, openHydrated, type PageProblems, watchPage, withSite } from './harness.ts';
import { realCatalogue } from '../real-catalogue.ts';

const env = withSite();
const catalogue = realCatalogue();
const pairs = compareData(catalogue, 'en').pairs;

let noJs: BrowserContext;
let withJs: BrowserContext;
beforeAll(async () => {
	noJs = await env.browser.newContext({ javaScriptEnabled: false });
	withJs = await env.browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
	await noJs?.close();
	await withJs?.close();
});

/** What a reader sees of the comparison: its title, each panel's bars (label, value), the sentences. */
async function reading(page: Page) {
	return page.evaluate(() => {
		const compare = document.querySelector('[data-compare]');
		const panels = [...(compare?.querySelectorAll('[data-panel]') ?? [])].map((panel) => {
			const svg = [...panel.querySelectorAll('svg.chart')].find((s) => s.getBoundingClientRect().width > 0);
			return {
				title: panel.querySelector('.panel-title')?.textContent?.trim() ?? '',
				width: svg?.getBoundingClientRect().width ?? 0,
				bars: [...(svg?.querySelectorAll('.mark') ?? [])].map((m) => m.getAttribute('aria-label') ?? ''),
				values: [...(svg?.querySelectorAll('.value-label, .no-data') ?? [])].map((e) => e.textContent ?? '')
			};
		});
		return {
			title: compare?.querySelector('.compare-title')?.textContent?.trim() ?? '',
			panels,
			sentences: [...(compare?.querySelectorAll('.sentence') ?? [])].map((p) => p.textContent ?? '')
		};
	});
}

const caveats = {
	nl: 'zeggen niets over de vraag of mensen die meer bewegen een betere mentale gezondheid hebben',
	fr: 'ne disent rien sur la question de savoir si les personnes qui bougent davantage ont une meilleure santé mentale',
	en: 'say nothing about whether people who move more have better mental health'
} as const;

describe('compare view without JavaScript', () => {
	for (const lang of ['nl', 'fr', 'en'] as const)
		test(`${lang}: the default pair is prerendered with both charts, values, sentences and the caveat`, async () => {
			const page = await noJs.newPage();
			await page.goto(env.site.at(`/${lang}/compare/`));
			const seen = await reading(page);
			expect(seen.panels).toHaveLength(2);
			for (const panel of seen.panels) {
				expect(panel.width, panel.title).toBeGreaterThan(200);
				expect(panel.bars, panel.title).toHaveLength(2);
			}
			const text = seen.panels.map((p) => p.values.join(' ')).join(' | ');
			expect(text.replaceAll('\u202f', ' ')).toMatch(/^36 ?% 25 ?% \| 7[,.]9 ?% † 10[,.]6 ?% †$/);
			expect(seen.sentences.join(' ')).toContain(caveats[lang]);
			expect(await page.title()).toContain(seen.title);
			// The other topics' defaults are pages of their own, readable without JavaScript too.
			const mental = page.locator(`a[href="/${lang}/compare/mental_health/"]`);
			await mental.click();
			await page.waitForURL(/mental_health/);
			const other = await reading(page);
			expect(other.title).not.toBe(seen.title);
			expect(other.panels.map((p) => p.title)).toEqual([...seen.panels.map((p) => p.title)].reverse());
			await page.close();
		});

	test('an indicator page links to the compare view of its own breakdown, the catalogue to the compare page', async () => {
		const page = await noJs.newPage();
		await page.goto(env.site.at('/en/indicator/pa_aerobic_who_ehispaq/sex/'));
		const link = page.locator('a[data-compare-link]');
		expect(await link.innerText()).toBe('Compare with another indicator');
		expect(await link.getAttribute('href')).toBe('/en/compare/?a=pa_aerobic_who_ehispaq&b=depressive_disorder_phq9');
		await page.goto(env.site.at('/nl/indicators/'));
		const fromCatalogue = page.locator('main a[data-compare-link]');
		expect(await fromCatalogue.innerText()).toBe('Twee indicatoren vergelijken');
		expect(await fromCatalogue.getAttribute('href')).toBe('/nl/compare/');
		await page.close();
	});

	test('the embed of a pair shows both charts, the sentences and a link back, with no framework script', async () => {
		const page = await noJs.newPage();
		await page.goto(env.site.at('/en/embed/compare/pa_aerobic_who_ehispaq/depressive_disorder_phq9/sex/2018/BE/'));
		const seen = await reading(page);
		expect(seen.panels.map((p) => p.values.length)).toEqual([2, 2]);
		expect(seen.sentences.join(' ')).toContain(caveats.en);
		expect(await page.locator('h1').innerText()).toBe(seen.title);
		expect(await page.locator('a[href^="/en/compare/?a=pa_aerobic_who_ehispaq"]').count()).toBe(1);
		expect(await page.locator('script[src*="_app/"]').count()).toBe(0);
		expect(await page.locator('html').getAttribute('data-theme')).toBe('light');
		await page.close();
	});
});

describe('compare view with JavaScript', () => {
	let page: Page;
	let problems: PageProblems;
	beforeAll(async () => {
		page = await withJs.newPage();
		problems = watchPage(page);
		await openHydrated(page, env.site.at('/en/compare/'));
	});
	afterAll(async () => {
		await page?.close();
	});

	test('the selects offer only comparable pairs, and choosing one updates URL, charts, sentences and announcement', async () => {
		const before = await reading(page);
		const options = (name: string) =>
			page.locator(`select[name="${name}"] option`).evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
		expect(await options('a')).toEqual(choices(pairs, 'a', {}));
		expect(await options('b')).toEqual(choices(pairs, 'b', { a: 'pa_aerobic_who_ehispaq' }));

		await page.locator('select[name="b"]').selectOption('anxiety_disorder_gad7');
		await expect.poll(() => page.url()).toContain('?a=pa_aerobic_who_ehispaq&b=anxiety_disorder_gad7');
		const after = await reading(page);
		expect(after.title).not.toBe(before.title);
		expect(after.panels[1]?.title).toBe('Anxiety disorder (GAD-7)');
		expect(after.panels[1]?.values.join(' ')).toBe('7.8% † 14.2% †');
		expect(after.sentences[1]).toBe('Anxiety disorder (GAD-7) — Highest: Women (14.2% †); lowest: Men (7.8% †).');
		expect(await page.locator('p[role="status"].visually-hidden').innerText()).toBe(
			`Now showing: Compare, ${after.title}`
		);
		expect(await page.title()).toContain(after.title);

		// A first indicator with a single partner: the second select offers that one only.
		await page.locator('select[name="a"]').selectOption('eb_never_sport');
		expect(await options('b')).toEqual(['eb_sport_weekly']);
		const eurobarometer = await reading(page);
		expect(eurobarometer.panels.map((p) => p.bars.length)).toEqual([2, 2]);
		expect(page.url()).toContain('a=eb_never_sport&b=eb_sport_weekly');
		// The language switch keeps the pair.
		expect(await page.locator('a[hreflang="fr"]').first().getAttribute('href')).toContain(
			'?a=eb_never_sport&b=eb_sport_weekly'
		);
		expect(problems).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
	});

	test('the marks of each chart are reached by keyboard, as on the other charts', async () => {
		const first = page.locator('[data-panel="0"] svg.chart:visible [data-mark="0"]');
		await first.focus();
		await page.keyboard.press('ArrowDown');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-mark'))).toBe('1');
		expect(await page.locator('[data-panel="0"] svg.chart:visible [tabindex="0"]').count()).toBe(1);
	});

	test('the CSV download holds exactly the compared rows, with source and survey year', async () => {
		await page.goto(env.site.at('/en/compare/?a=cycling_any_purpose_weekly&b=pa_150min_mvpa_gezondleven'), {
			waitUntil: 'networkidle'
		});
		await expect.poll(async () => (await reading(page)).panels[0]?.title).toBe('Cycling on at least one day a week');
		const seen = await reading(page);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'CSV of this view', exact: true }).click()
		]);
		const rows = Papa.parse<Record<string, string>>((await downloadBytes(download)).toString('utf8'), {
			header: true,
			skipEmptyLines: true
		}).data;
		const onScreen = seen.panels.flatMap((p) => p.values.filter((v) => v !== 'no data'));
		expect(rows.map((r) => `${r.value}% †`)).toEqual(onScreen);
		expect(rows).toHaveLength(6);
		for (const r of rows) {
			expect(r.survey_label).toBe('Health Interview Survey 2018');
			expect(r.year).toBe('2018');
			expect(r.region).toBe('BE-VLG');
			expect(r.source_url).toMatch(/^https:\/\//);
		}
		expect(new Set(rows.map((r) => r.indicator))).toEqual(
			new Set(['cycling_any_purpose_weekly', 'pa_150min_mvpa_gezondleven'])
		);
		expect(problems.pageErrors).toEqual([]);
	});
});

test('a bad parameter falls back to the default with a notice in the reader’s language', async () => {
	const page = await env.browser.newPage();
	const problems = watchPage(page);
	await openHydrated(page, env.site.at('/fr/compare/?a=nope&zz=1'));
	const notice = page.locator('[data-notice]');
	await expect.poll(() => notice.count()).toBe(1);
	const text = await notice.innerText();
	// Named as written in the address and, for a control of the page, by its label.
	expect(text).toContain('valeur non valide pour « a » (Premier indicateur)');
	expect(text).toContain('paramètre inconnu « zz »');
	// The address is rewritten to the pair shown, so a shared link shows what the reader saw.
	expect(new URL(page.url()).search).toBe('');
	const seen = await reading(page);
	expect(seen.panels.map((p) => p.bars.length)).toEqual([2, 2]);
	expect(seen.sentences.join(' ')).toContain(caveats.fr);
	expect(problems).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
	await page.close();
});
