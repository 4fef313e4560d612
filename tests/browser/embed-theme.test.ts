// Embeds that fit a newsroom (issue #16, part 6): the embed code has a theme; an embed is light by
// default even on a reader's dark-scheme screen (and without JavaScript), dark when the code asks
// for it, and follows the reader's setting with auto.
import { afterAll, describe, expect, test } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { openHydrated, withSite } from './harness.ts';

const env = withSite();
const EMBED = '/en/embed/pa_aerobic_who_ehispaq/total/bar/2023/BE/';
const WHITE = 'rgb(255, 255, 255)';
const contexts: BrowserContext[] = [];

afterAll(async () => {
	for (const c of contexts) await c.close();
});

/** The embed page's background and the fill of its first bar, as drawn. */
async function colours(query: string, colorScheme: 'light' | 'dark', javaScriptEnabled = true) {
	const context = await env.browser.newContext({ colorScheme, javaScriptEnabled });
	contexts.push(context);
	const page = await context.newPage();
	await page.goto(env.site.at(EMBED + query), { waitUntil: 'networkidle' });
	return page.evaluate(() => {
		const bar = [...document.querySelectorAll('svg.chart .bar')].find((b) => b.getClientRects().length > 0);
		return {
			background: getComputedStyle(document.body).backgroundColor,
			text: getComputedStyle(document.body).color,
			bar: bar ? getComputedStyle(bar).fill : ''
		};
	});
}

describe.concurrent('embed theme', () => {
	test('light by default on a dark-scheme screen, with and without JavaScript', async () => {
		const light = await colours('', 'light');
		expect(light.background).toBe(WHITE);
		for (const js of [true, false]) expect(await colours('', 'dark', js), `JavaScript ${js}`).toEqual(light);
	});

	test('?theme=dark is dark on a light-scheme screen; ?theme=auto follows the screen', async () => {
		const light = await colours('', 'light');
		const dark = await colours('?theme=dark', 'light');
		expect(dark.background).not.toBe(WHITE);
		expect(dark.bar).not.toBe(light.bar);
		expect(await colours('?theme=dark', 'dark')).toEqual(dark);
		expect(await colours('?theme=auto', 'dark')).toEqual(dark);
		expect(await colours('?theme=auto', 'light')).toEqual(light);
	});

	test('the embed code carries the chosen theme, light by default', async () => {
		const context = await env.browser.newContext();
		contexts.push(context);
		const page = await context.newPage();
		await openHydrated(page, env.site.at('/en/indicator/pa_aerobic_who_ehispaq/'));
		await page.getByText('Embed', { exact: true }).click();
		const snippet = () => page.locator('textarea').inputValue();
		await expect.poll(snippet).toContain(`src="${env.site.url}en/embed/pa_aerobic_who_ehispaq/total/trend/2023/BE/"`);
		for (const theme of ['dark', 'auto']) {
			await page.locator('select[data-embed-theme]').selectOption(theme);
			await expect.poll(snippet).toContain(`/trend/2023/BE/?theme=${theme}"`);
		}
	});
});
