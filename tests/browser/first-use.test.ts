// The explorers (indicator, breakdown and compare pages) load their app only at the reader's first
// use of a control (issue #13; onFirstUse in src/lib/server/first-paint.ts). A page that is only
// read fetches no app script; whatever the reader does before the app is live (pick a view with
// the mouse or the arrow keys, choose a year or a pair, press a download button) still happens once
// it is. The app's scripts are held back 700 ms here, so each use below is made before it is live.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { collectCspViolations, watchPage, withSite } from './harness.ts';

const env = withSite();

/** A page whose /_app/ scripts arrive 700 ms late, with the app requests it made. */
async function openSlowApp(path: string) {
	const page = await env.context.newPage();
	const problems = watchPage(page);
	const appRequests: string[] = [];
	// Svelte warns of a hydration mismatch, then draws the page afresh (a focused element loses focus).
	const warnings: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'warning') warnings.push(m.text());
	});
	await page.route('**/_app/**', async (route) => {
		appRequests.push(new URL(route.request().url()).pathname);
		await new Promise((r) => setTimeout(r, 700));
		await route.continue();
	});
	await page.goto(env.site.at(path), { waitUntil: 'load' });
	return { page, problems: { ...problems, warnings }, appRequests };
}

const live = (page: Page) => page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 30_000 });
const isLive = (page: Page) => page.evaluate(() => document.documentElement.hasAttribute('data-hydrated'));
const caption = (page: Page) => page.locator('figure.chart-figure figcaption').first().innerText();

/** Chooses an option of the select other than the current one, as a reader does; returns its value. */
async function chooseAnother(select: Locator): Promise<string> {
	const current = await select.inputValue();
	const values = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
	const other = values.find((v) => v !== current);
	if (other === undefined) throw new Error('chooseAnother: the select has one option');
	await select.selectOption(other);
	return other;
}

async function expectNoProblems(page: Page, problems: ReturnType<typeof watchPage> & { warnings: string[] }) {
	expect(problems.warnings.filter((w) => /hydration/.test(w))).toEqual([]);
	expect(problems.pageErrors).toEqual([]);
	expect(problems.consoleErrors).toEqual([]);
	expect(await collectCspViolations(page)).toEqual([]);
}

describe('an explorer loads its app at the first use of a control', () => {
	test('read only: no app script is fetched, the chart and its marks work without it', async () => {
		const { page, problems, appRequests } = await openSlowApp('/nl/indicator/pa_aerobic_who_ehispaq/');
		await page.waitForTimeout(1500);
		expect(appRequests).toEqual([]);
		expect(await isLive(page)).toBe(false);
		// The marks' own script gives the chart its tooltip and keys without the app.
		await page.locator('figure svg.chart:visible [data-mark]').first().focus();
		await expect.poll(() => page.locator('figure svg.chart:visible .tooltip').count()).toBe(1);
		expect(appRequests).toEqual([]);
		await expectNoProblems(page, problems);
		await page.close();
	});

	test('a view picked with the mouse before the app is live is shown once it is', async () => {
		const { page, problems } = await openSlowApp('/nl/indicator/pa_aerobic_who_ehispaq/');
		expect(await caption(page)).toContain('verloop');
		await page.locator('input[name="view"][value="map"]').click();
		expect(await isLive(page)).toBe(false);
		await live(page);
		await expect.poll(() => page.url()).toContain('view=map');
		await expect.poll(() => caption(page)).toContain('per gewest');
		expect(await page.locator('input[name="view"][value="map"]').isChecked()).toBe(true);
		await expectNoProblems(page, problems);
		await page.close();
	});

	test('a view picked with the arrow keys before the app is live is shown once it is', async () => {
		const { page, problems } = await openSlowApp('/nl/indicator/pa_aerobic_who_ehispaq/');
		const checked = page.locator('input[name="view"]:checked');
		const before = await checked.getAttribute('value');
		await checked.focus();
		await page.keyboard.press('ArrowRight');
		const after = await checked.getAttribute('value');
		expect(after).not.toBe(before);
		expect(await isLive(page)).toBe(false);
		await live(page);
		await expect.poll(() => page.url()).toContain(`view=${after}`);
		expect(await page.locator('input[name="view"]:checked').getAttribute('value')).toBe(after);
		await expectNoProblems(page, problems);
		await page.close();
	});

	test('a year chosen before the app is live is shown once it is', async () => {
		const { page, problems } = await openSlowApp('/nl/indicator/depression_self_reported_12m/sex/');
		const select = page.locator('select[name="year"]');
		const other = await chooseAnother(select);
		expect(await isLive(page)).toBe(false);
		await live(page);
		await expect.poll(() => page.url()).toContain(`year=${other}`);
		await expect.poll(() => page.locator('select[name="year"]').inputValue()).toBe(other);
		await expectNoProblems(page, problems);
		await page.close();
	});

	test('a search typed into the catalogue before and while the app starts keeps every letter', async () => {
		const { page, problems } = await openSlowApp('/fr/indicators/');
		const search = page.locator('input[type="search"]');
		// Typed on for longer than the app takes to arrive, so letters land just as it goes live.
		const text = 'dépression '.repeat(30).trim();
		await search.pressSequentially(text, { delay: 8 });
		await live(page);
		await expect.poll(() => search.inputValue()).toBe(text);
		await expectNoProblems(page, problems);
		await page.close();
	});

	test('a download pressed before the app is live is saved once it is', async () => {
		const { page, problems } = await openSlowApp('/fr/indicator/pa_aerobic_who_ehispaq/');
		const button = page.getByRole('button', { name: /CSV/ }).first();
		const download = page.waitForEvent('download', { timeout: 30_000 });
		await button.click();
		expect(await isLive(page)).toBe(false);
		const file = await download;
		expect(file.suggestedFilename()).toMatch(/\.csv$/);
		await expectNoProblems(page, problems);
		await page.close();
	});

	test('a pair chosen on the compare page before the app is live is shown once it is', async () => {
		const { page, problems } = await openSlowApp('/en/compare/');
		const select = page.locator('form.controls select').first();
		const name = await select.getAttribute('name');
		const other = await chooseAnother(select);
		expect(await isLive(page)).toBe(false);
		await live(page);
		await expect.poll(() => page.url()).toContain(`${name}=${encodeURIComponent(other)}`);
		await expectNoProblems(page, problems);
		await page.close();
	});

	test('a chart mark focused while the app hydrates keeps its focus and its tooltip, and the arrows still move it', async () => {
		const { page, problems } = await openSlowApp('/nl/indicator/pa_aerobic_who_ehispaq/');
		// Tab passes the view controls (which starts the app) on its way to the chart.
		for (let i = 0; i < 80; i++) {
			await page.keyboard.press('Tab');
			if (await page.evaluate(() => document.activeElement?.hasAttribute('data-mark'))) break;
		}
		const first = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
		expect(first).toBeTruthy();
		expect(await isLive(page)).toBe(false);
		await live(page);
		expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(first);
		await expect.poll(() => page.locator('figure svg.chart .tooltip').count()).toBe(1);
		await page.keyboard.press('ArrowRight');
		const next = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
		expect(next).toBeTruthy();
		expect(next).not.toBe(first);
		await expectNoProblems(page, problems);
		await page.close();
	});

	test('an address with a view in it starts the app without any use, and shows that view', async () => {
		const { page, problems } = await openSlowApp('/en/indicator/pa_aerobic_who_ehispaq/?view=table');
		await live(page);
		await expect.poll(() => caption(page)).toContain('all published figures');
		expect(await page.locator('input[name="view"][value="table"]').isChecked()).toBe(true);
		await expectNoProblems(page, problems);
		await page.close();
	});
});
