// C6: the embed snippet in a host page on another origin. The iframe shows the chart, takes the
// height its content reports (no scrollbar), ignores forged resize messages, and without the
// resize script still shows title, chart and source at its fixed height.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openHydrated, watchPage, withSite } from './harness.ts';

const env = withSite();
let host: http.Server;
let hostUrl = '';
let hostPage = '';

beforeAll(async () => {
	host = http.createServer((_, res) => {
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		res.end(hostPage);
	});
	await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
	hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
});

afterAll(async () => {
	await new Promise((resolve) => host?.close(resolve));
});

/** The snippet exactly as the explorer's Embed box offers it, with the site's real origin. */
async function snippetFor(path: string, summary = 'Embed'): Promise<string> {
	const page = await env.browser.newPage();
	await page.goto(env.site.at(path));
	await page.getByText(summary, { exact: true }).click();
	// The prerendered snippet names the built origin (PUBLIC_SITE_URL); once the page has started, it
	// names the origin the page is served from, this run's server. Hydration starts after the first
	// paint, so wait for it.
	const textarea = page.locator('textarea');
	await expect.poll(() => textarea.inputValue(), { timeout: 15_000 }).toContain(env.site.url);
	const snippet = await textarea.inputValue();
	await page.close();
	return snippet;
}

const frameHeight = (page: Page) =>
	page.locator('iframe[data-bewegen-embed]').evaluate((f) => f.getBoundingClientRect().height);
const embedFrame = (page: Page) => page.frames().find((f) => f.url().includes('/embed/'))!;
const innerHeight = (page: Page) =>
	embedFrame(page).evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

describe('embed in a host page on another origin', () => {
	test('the snippet names the site origin and an embed page', async () => {
		const snippet = await snippetFor('/en/indicator/pa_aerobic_who_ehispaq/');
		expect(snippet).toContain(`src="${env.site.url}en/embed/pa_aerobic_who_ehispaq/total/trend/2023/BE/"`);
		expect(snippet).toContain(`${env.site.url}embed.js`);
		expect(snippet).toMatch(/title="Chart: [^"]+"/);
	});

	for (const width of [320, 640, 1200]) {
		test(`at ${width} px the iframe resizes to its content and shows the chart without a scrollbar`, async () => {
			hostPage = `<!doctype html><html lang="en"><title>Host</title><body><h1>Article</h1>${await snippetFor('/en/indicator/pa_aerobic_who_ehispaq/')}<p>After.</p></body></html>`;
			const page = await env.browser.newPage({ viewport: { width, height: 900 } });
			await page.goto(hostUrl);
			const frame = page.frameLocator('iframe[data-bewegen-embed]');
			await expect.poll(() => frame.locator('figure svg').count(), { timeout: 15_000 }).toBeGreaterThan(0);
			await expect
				.poll(async () => Math.abs((await frameHeight(page)) - (await innerHeight(page))))
				.toBeLessThanOrEqual(2);
			const scroll = await embedFrame(page).evaluate(() => ({
				height: document.documentElement.scrollHeight,
				client: document.documentElement.clientHeight
			}));
			expect(scroll.height).toBeLessThanOrEqual(scroll.client + 1);
			await page.close();
		});
	}

	test('a forged resize message from the host page or another frame leaves the height unchanged', async () => {
		const snippet = await snippetFor('/en/indicator/pa_aerobic_who_ehispaq/');
		hostPage = `<!doctype html><html lang="en"><title>Host</title><body>${snippet}<iframe id="other" title="other" srcdoc="<p>x</p>"></iframe></body></html>`;
		const page = await env.browser.newPage();
		await page.goto(hostUrl);
		const frame = page.frameLocator('iframe[data-bewegen-embed]');
		await expect.poll(() => frame.locator('figure svg').count(), { timeout: 15_000 }).toBeGreaterThan(0); // the frame has loaded
		await expect
			.poll(async () => Math.abs((await frameHeight(page)) - (await innerHeight(page))))
			.toBeLessThanOrEqual(2);
		const before = await frameHeight(page);
		await page.evaluate(() => window.postMessage({ type: 'bewegen-embed-height', height: 3000 }, '*'));
		await page.evaluate(() =>
			(
				(document.getElementById('other') as HTMLIFrameElement).contentWindow as unknown as { eval(code: string): void }
			).eval("parent.postMessage({ type: 'bewegen-embed-height', height: 3000 }, '*')")
		);
		await page.waitForTimeout(300);
		expect(await frameHeight(page)).toBe(before);
		await page.close();
	});

	test('without the resize script the fixed-height iframe still shows title, chart and source', async () => {
		const snippet = (await snippetFor('/nl/indicator/pa_aerobic_who_ehispaq/', 'Insluiten')).replace(
			/<script[^>]*><\/script>/,
			''
		);
		hostPage = `<!doctype html><html lang="nl"><title>Host</title><body>${snippet}</body></html>`;
		const page = await env.browser.newPage({ viewport: { width: 800, height: 900 } });
		await page.goto(hostUrl);
		expect(await frameHeight(page)).toBe(560);
		const frame = page.frameLocator('iframe[data-bewegen-embed]');
		await expect.poll(() => frame.locator('h1').innerText()).toContain('verloop, België');
		// One drawing per width class is in the page; the one that fits is shown.
		expect(await frame.locator('figure svg.chart:visible').count()).toBe(1);
		expect(await frame.locator('.source-line').innerText()).toMatch(/Bron: .*Gezondheidsenquête 2023/);
		await page.close();
	});

	test('an embed page ships no framework JavaScript', async () => {
		const page = await env.browser.newPage();
		const scripts: string[] = [];
		page.on('request', (r) => {
			if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
		});
		await page.goto(env.site.at('/fr/embed/pa_aerobic_who_ehispaq/total/trend/2023/BE/'));
		// The height script only, fetched after the first paint: no framework; the theme script is in
		// the page (it runs before the first paint, and a request would hold the paint back, issue #13).
		await expect.poll(() => scripts.length).toBeGreaterThan(0);
		expect(scripts.sort()).toEqual(['/embed-child.js']);
		await page.waitForFunction(() =>
			performance.getEntriesByType('resource').some((e) => e.name.endsWith('/embed-child.js'))
		);
		const [paint, fetched] = await page.evaluate(() => [
			performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
			performance.getEntriesByType('resource').find((e) => e.name.endsWith('/embed-child.js'))?.startTime ?? NaN
		]);
		expect(fetched).toBeGreaterThan(paint!);
		const html = await (await fetch(env.site.at('/fr/embed/pa_aerobic_who_ehispaq/total/trend/2023/BE/'))).text();
		expect(html).toContain("get('theme')");
		expect(html).not.toMatch(/<link[^>]+rel="stylesheet"(?![^>]*disabled)/);
		await page.close();
	});

	test('a label and its value are joined as each language writes them (French: a space before the colon)', async () => {
		const page = async (lang: string) => {
			const html = await (
				await fetch(env.site.at(`/${lang}/embed/pa_aerobic_who_ehispaq/total/trend/2023/BE/`))
			).text();
			return html.replace(/<[^>]+>/g, '');
		};
		const [fr, nl] = [await page('fr'), await page('nl')];
		expect(fr).toContain('Population : 18+');
		expect(fr).toContain('Bouger en Belgique : En savoir plus');
		expect(nl).toContain('Populatie: 18+');
		expect(nl).toContain('Bewegen in België: Meer over dit cijfer');
	});

	// embed-child.js arrives after the first paint (issue #13), and it is what loads the marks' script
	// at a reader's first focus or pointer on a chart: a reader who got there first must not be lost.
	// The script is held back here until the reader has focused a mark (or pointed at one).
	for (const first of ['focus', 'hover'] as const) {
		test(`a reader who ${first === 'focus' ? 'focuses' : 'points at'} a mark before the height script arrives gets the marks’ script when it does`, async () => {
			const page = await env.browser.newPage();
			const scripts: string[] = [];
			page.on('request', (r) => {
				if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
			});
			let release = () => {};
			const held = new Promise<void>((resolve) => (release = resolve));
			await page.route('**/embed-child.js', async (route) => {
				await held;
				await route.continue();
			});
			await page.goto(env.site.at('/nl/embed/pa_aerobic_who_ehispaq/total/bar/2023/BE/'), {
				waitUntil: 'domcontentloaded'
			});
			await expect.poll(() => scripts, { message: 'the height script is asked for' }).toContain('/embed-child.js');
			const mark = page.locator('svg.chart:visible [data-mark]').first();
			if (first === 'focus') await mark.focus();
			else await mark.hover();
			expect(scripts, 'no marks script yet').not.toContain('/chart-marks.js');
			release();
			await expect
				.poll(() => scripts, { message: 'the marks’ script, once the height script is there' })
				.toContain('/chart-marks.js');
			// The focused mark shows its tooltip at once (marks-entry.ts); a pointer shows it at its next move.
			if (first === 'hover') await mark.hover({ position: { x: 2, y: 2 } });
			await page.locator('svg.chart:visible .tooltip').waitFor();
			await page.close();
		});
	}

	// An embed is a static page with no app data (no __data.json: issue #13), so the running explorer
	// must not render it itself (it would meet an error): the link reloads. Once the explorer has
	// started, the link names the origin it is served from, so a click would be routed by the app.
	test('the Embed box’s link, followed in the running explorer, opens the embed page itself', async () => {
		const page = await env.browser.newPage();
		const problems = watchPage(page);
		await openHydrated(page, env.site.at('/en/indicator/pa_aerobic_who_ehispaq/'));
		await page.getByText('Embed', { exact: true }).click();
		const link = page.locator('details a[href*="/embed/"]');
		const embed = `${env.site.url}en/embed/pa_aerobic_who_ehispaq/total/trend/2023/BE/`;
		await expect.poll(() => link.getAttribute('href'), { timeout: 15_000 }).toBe(embed);
		await Promise.all([page.waitForURL(embed), link.click()]);
		await page.locator('h1').waitFor();
		expect(await page.evaluate(() => performance.getEntriesByType('navigation')[0]?.name), 'a page load').toBe(embed);
		expect(await page.locator('html').getAttribute('data-theme'), 'the embed’s own <html>').toBe('light');
		expect(await page.locator('h1').innerText()).toContain('trend, Belgium');
		expect(await page.locator('figure svg.chart:visible').count(), 'its chart').toBe(1);
		expect(problems.pageErrors, 'page errors').toEqual([]);
		expect(problems.consoleErrors, 'console errors').toEqual([]);
		await page.close();
	});
});
