// C5: no request leaves the site's origin at run time (fonts, scripts, styles, data all self-hosted),
// for every page type and for an embed inside a host page on another origin.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, test } from 'vitest';

import { withSite } from './harness.ts';

const env = withSite();

const pages = [
	'/',
	'/nl/',
	'/fr/indicators/',
	'/en/indicator/pa_aerobic_who_ehispaq/?view=trend',
	'/nl/indicator/pa_aerobic_who_ehispaq/?view=map',
	'/fr/indicator/ehis_aerobic_150min_nonwork_eurostat/',
	'/en/data/',
	'/nl/stories/movement-and-mental-health/',
	'/fr/accessibility/',
	'/nl/embed/pa_aerobic_who_ehispaq/total/trend/2023/BE/'
];

describe('requests stay on the site origin (C5)', () => {
	test('every page type requests only its own origin', async () => {
		const origin = new URL(env.site.url).origin;
		const foreign: string[] = [];
		const page = await env.browser.newPage();
		page.on('request', (r) => {
			const url = new URL(r.url());
			if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin)
				foreign.push(`${page.url()} → ${r.url()}`);
		});
		for (const path of pages) {
			await page.goto(env.site.at(path), { waitUntil: 'networkidle' });
			// Open every disclosure so lazily loaded parts request what they need, too.
			for (const summary of await page.locator('summary').all()) await summary.click().catch(() => {});
			await page.waitForLoadState('networkidle');
		}
		await page.close();
		expect(foreign).toEqual([]);
	});

	test('an embed in a host page on another origin requests only the site and the host', async () => {
		const snippetPage = await env.browser.newPage();
		await snippetPage.goto(env.site.at('/en/indicator/pa_aerobic_who_ehispaq/'));
		await snippetPage.getByText('Embed', { exact: true }).click();
		// Until the page has started (after the first paint) the snippet names the built origin, not this run's server.
		const textarea = snippetPage.locator('textarea');
		await expect.poll(() => textarea.inputValue(), { timeout: 15_000 }).toContain(env.site.url);
		const snippet = await textarea.inputValue();
		await snippetPage.close();
		const host = http.createServer((_, res) => {
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
			res.end(`<!doctype html><html lang="en"><title>Host</title><body>${snippet}</body></html>`);
		});
		await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
		const hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
		const page = await env.browser.newPage();
		const origins = new Set<string>();
		page.on('request', (r) => origins.add(new URL(r.url()).origin));
		await page.goto(`${hostOrigin}/`, { waitUntil: 'networkidle' });
		await page.close();
		await new Promise((resolve) => host.close(resolve));
		expect([...origins].sort()).toEqual([hostOrigin, new URL(env.site.url).origin].sort());
	});
});
