// The catalogue as a reader searches it (#12): queries typed in nl, fr and en (a breakdown word, a
// prefix, a word with its accent left out) find the expected indicators, filters narrow the list,
// the query lives in the URL, and without JavaScript the full list is there, grouped by topic.
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openHydrated, ROOT, watchPage, withSite } from './harness.ts';

const env = withSite();
const indicators = Papa.parse<Record<string, string>>(
	fs.readFileSync(path.join(ROOT, 'data', 'indicators.csv'), 'utf8'),
	{
		header: true,
		skipEmptyLines: true
	}
).data;
const labelOf = (id: string, lang: string) => indicators.find((i) => i.id === id)?.[`label_${lang}`] ?? id;

async function search(page: Page, lang: string, query: string): Promise<string[]> {
	await page.getByRole('searchbox').fill(query);
	await expect.poll(() => page.url()).toContain(`q=${encodeURIComponent(query).replace(/%20/g, '+')}`);
	return page.locator(`main a[href^="/${lang}/indicator/"]`).allInnerTexts();
}

describe('catalogue search', () => {
	for (const [lang, query, expected] of [
		['nl', 'opleid', 'pa_aerobic_who_ehispaq'], // a breakdown word, as a prefix
		['nl', 'depr', 'depressive_disorder_phq9'],
		['fr', 'depressif', 'depressive_disorder_phq9'], // "dépressif" typed without its accent
		['fr', 'instruction', 'pa_aerobic_who_ehispaq'],
		['en', 'educ', 'pa_aerobic_who_ehispaq'],
		['en', 'PHQ', 'depressive_disorder_phq9']
	] as const)
		it(`"${query}" in ${lang} finds ${expected}`, async () => {
			const page = await env.context.newPage();
			const problems = watchPage(page);
			await openHydrated(page, env.site.at(`/${lang}/indicators/`));
			const all = await page.locator(`main a[href^="/${lang}/indicator/"]`).count();
			const shown = await search(page, lang, query);
			expect(shown).toContain(labelOf(expected, lang));
			expect(shown.length).toBeLessThan(all);
			await expect.poll(() => page.getByRole('status').innerText()).toMatch(/\d/);
			expect(problems.pageErrors).toEqual([]);
			await page.close();
		});

	it('filters by breakdown, area and mode, and a shared URL reopens the same list', async () => {
		const page = await env.context.newPage();
		await openHydrated(page, env.site.at('/en/indicators/'));
		await page.getByLabel('Can be split by').selectOption('education');
		await page.getByLabel('Area').selectOption('flanders');
		await expect.poll(() => page.url()).toContain('split=education');
		const shown = await page.locator('main a[href^="/en/indicator/"]').allInnerTexts();
		const flemish = indicators.filter((i) => i.geography === 'flanders').map((i) => i.label_en);
		for (const label of shown) expect(flemish).toContain(label);
		const reopened = await env.context.newPage();
		await openHydrated(reopened, page.url());
		await expect.poll(() => reopened.locator('main a[href^="/en/indicator/"]').allInnerTexts()).toEqual(shown);
		expect(await reopened.getByLabel('Can be split by').inputValue()).toBe('education');
		await page.close();
		await reopened.close();
	});

	it('without JavaScript lists every indicator, grouped by topic, look-alikes under their concept', async () => {
		const context = await env.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		for (const lang of ['nl', 'fr', 'en']) {
			await page.goto(env.site.at(`/${lang}/indicators/`));
			const links = await page.locator(`main a[href^="/${lang}/indicator/"]`).allInnerTexts();
			expect(links.length, lang).toBe(indicators.length);
			expect(await page.locator('main h2').count()).toBeGreaterThan(3);
			expect(await page.locator('main li.concept').count(), 'series grouped').toBeGreaterThan(3);
		}
		await context.close();
	});

	it('each indicator links to its look-alikes (its concept, in any topic), saying what sets them apart', async () => {
		const page = await env.context.newPage();
		await page.goto(env.site.at('/en/indicator/depressive_disorder_phq9/'));
		const item = (id: string) => page.locator('.look-alikes li', { has: page.locator(`a[href$="/indicator/${id}/"]`) });
		for (const id of ['depressive_symptoms_scl90', 'depressive_disorder_phq9_online', 'depression_self_reported_12m'])
			expect(await item(id).count(), id).toBe(1);
		expect(await item('depressive_symptoms_scl90').innerText()).toContain(labelOf('depressive_symptoms_scl90', 'en'));
		expect(await item('depressive_symptoms_scl90').innerText()).toMatch(/SCL/);
		expect(await item('depressive_disorder_phq9_online').innerText()).toMatch(/online/);
		// Sciensano's HIS figure links to Eurostat's, which the catalogue lists under "international".
		await page.goto(env.site.at('/nl/indicator/pa_aerobic_who_ehispaq/'));
		expect(await item('ehis_aerobic_150min_nonwork_eurostat').count()).toBe(1);
		await page.close();
	});
});
