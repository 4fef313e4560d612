// A policymaker's path through the explorer in Chromium: catalogue → indicator → breakdown → view,
// the URL as the state (copy, reopen, switch language), and a visible notice for a bad parameter.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { watchPage, withSite } from './harness.ts';

const env = withSite();

const caption = (page: Page) => page.locator('figure figcaption').first().innerText();

describe('explorer', () => {
	test('a reader reaches an indicator from the catalogue, switches breakdown, view and language, and a copied URL reopens the same view', async () => {
		const page = await env.context.newPage();
		const problems = watchPage(page);
		await page.goto(env.site.at('/nl/indicators/'));
		await page.getByRole('link', { name: 'Volwassenen die de WHO-aanbeveling voor aerobe beweging halen' }).click();
		await page.waitForURL('**/nl/indicator/pa_aerobic_who_ehispaq/');
		expect(await caption(page)).toContain('verloop, België');

		await page.getByRole('navigation', { name: 'Uitsplitsing' }).getByRole('link', { name: 'Geslacht' }).click();
		await page.waitForURL('**/nl/indicator/pa_aerobic_who_ehispaq/sex/');
		expect(await caption(page)).toContain('naar geslacht');

		await page.getByRole('radio', { name: 'Tabel' }).check();
		await expect.poll(() => page.url()).toContain('/nl/indicator/pa_aerobic_who_ehispaq/sex/?view=table');
		const tableCaption = await caption(page);
		const rowsShown = await page.locator('figure table tbody tr').count();
		expect(rowsShown).toBeGreaterThan(1);

		const copied = page.url();
		const reopened = await env.context.newPage();
		await reopened.goto(copied);
		await expect.poll(() => caption(reopened)).toBe(tableCaption);
		expect(await reopened.locator('figure table tbody tr').count()).toBe(rowsShown);
		await expect.poll(() => reopened.getByRole('radio', { name: 'Tabel' }).isChecked()).toBe(true);

		await reopened.getByRole('link', { name: 'Français' }).click();
		await reopened.waitForURL('**/fr/indicator/pa_aerobic_who_ehispaq/sex/?view=table');
		await expect.poll(() => reopened.getByRole('radio', { name: 'Tableau' }).isChecked()).toBe(true);
		expect(await reopened.locator('figure table tbody tr').count()).toBe(rowsShown);
		expect(await reopened.locator('html').getAttribute('lang')).toBe('fr');

		expect(problems.consoleErrors).toEqual([]);
		expect(problems.pageErrors).toEqual([]);
		await reopened.close();
		await page.close();
	});

	test('changing the year redraws the chart and the URL keeps it', async () => {
		const page = await env.context.newPage();
		await page.goto(env.site.at('/en/indicator/pa_aerobic_who_ehispaq/?view=bar'));
		await expect.poll(() => caption(page)).toContain('by area, 2023-24');
		await page.getByLabel('Year or wave').selectOption('2018');
		await expect.poll(() => page.url()).toContain('?view=bar&year=2018');
		expect(await caption(page)).toContain('by area, 2018');
		// Brussels has no published 2018 total: the chart says so instead of drawing a bar.
		await expect.poll(() => page.locator('figure svg').first().textContent()).toContain('no data');
		await page.close();
	});

	for (const query of [
		'?view=pie',
		'?year=1850',
		'?region=<script>alert(1)</script>',
		'?utm_source=x&view=trend&view=map'
	]) {
		test(`a bad parameter (${query}) falls back to a view with a visible notice, never an error page`, async () => {
			const page = await env.context.newPage();
			const problems = watchPage(page);
			const response = await page.goto(env.site.at(`/en/indicator/pa_aerobic_who_ehispaq/${query}`));
			expect(response?.status()).toBe(200);
			const notice = page.getByRole('status').filter({ hasText: 'Part of the address was ignored' });
			await expect.poll(() => notice.count()).toBe(1);
			// A parameter of the page's controls is named by the control's label too.
			if (query === '?view=pie') expect(await notice.innerText()).toContain('invalid value for “view” (View)');
			// A trend or map chart arrives on demand: wait for it rather than read it mid-load.
			await expect.poll(() => page.locator('figure svg').count()).toBeGreaterThan(0);
			expect(await page.locator('script:has-text("alert(1)")').count()).toBe(0);
			expect(problems.pageErrors).toEqual([]);
			await page.close();
		});
	}
});

describe('URL fuzz in the browser (C17)', () => {
	test('generated hostile query strings land on a default view with a notice, never an error and never an injected element', async () => {
		const { default: fc } = await import('fast-check');
		const hostile = fc.oneof(
			fc.constantFrom(
				'<script>window.__pwned=1</script>',
				'"><svg onload=window.__pwned=1>',
				'%00',
				'__proto__',
				"'><img src=x onerror=window.__pwned=1>"
			),
			fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
			fc.constant('x'.repeat(5000))
		);
		const key = fc.oneof(
			fc.constantFrom('view', 'year', 'region', '__proto__', 'constructor'),
			fc.string({ minLength: 1, maxLength: 12 })
		);
		const queries = fc.sample(fc.array(fc.tuple(key, hostile), { minLength: 1, maxLength: 4 }), {
			numRuns: 30,
			seed: 20261125
		});
		const page = await env.context.newPage();
		const problems = watchPage(page);
		for (const pairs of queries) {
			const query = new URLSearchParams(pairs).toString();
			const response = await page.goto(env.site.at(`/fr/indicator/pa_aerobic_who_ehispaq/?${query}`));
			expect(response?.status(), query).toBe(200);
			await expect
				.poll(() => page.getByRole('status').filter({ hasText: 'Une partie de l’adresse a été ignorée' }).count())
				.toBe(1);
			expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), query).toBeUndefined();
			expect(await page.locator('[onload], [onerror], main script').count(), query).toBe(0);
			await expect.poll(() => page.locator('figure svg').count()).toBeGreaterThan(0);
		}
		expect(problems.pageErrors).toEqual([]);
		await page.close();
	});
});
