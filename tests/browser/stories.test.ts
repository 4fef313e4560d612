// Issue 7, in the built site: each story page in the three languages answers 200, shows every chart
// with JavaScript disabled (first paint = the prerendered HTML), and each chart's embed, CSV and JSON
// links work. The stories page lists them, and the home page links to it. axe runs on story pages in
// page-checks.test.ts (one story per language in each colour scheme, more by the seed; all with
// TEST_FULL=1), so it is not repeated here.

import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { stories } from '../../src/lib/stories/definitions.ts';
import { LANGS, withSite } from './harness.ts';

const env = withSite();
let noJs: BrowserContext;

beforeAll(async () => {
	noJs = await env.browser.newContext({ javaScriptEnabled: false });
});

afterAll(async () => {
	await noJs?.close();
});

const cases = stories.flatMap((story) =>
	LANGS.map((lang) => ({ slug: story.slug, lang, figures: story.blocks.filter((b) => b.kind === 'figure').length }))
);

interface FigureLinks {
	caption: string;
	svgs: number;
	embed: string | null;
	csv: string | null;
	json: string | null;
	full: string | null;
}

async function readFigures(page: Page): Promise<FigureLinks[]> {
	return page.evaluate(() =>
		Array.from(document.querySelectorAll('article figure')).map((figure) => {
			const href = (kind: string) => figure.querySelector(`a[data-link="${kind}"]`)?.getAttribute('href') ?? null;
			return {
				caption: (figure.querySelector('figcaption')?.textContent ?? '').trim(),
				svgs: figure.querySelectorAll('svg').length,
				embed: href('embed'),
				csv: href('csv'),
				json: href('json'),
				full: href('full')
			};
		})
	);
}

describe.each(cases)('/$lang/stories/$slug/', ({ slug, lang, figures }) => {
	const pathname = `/${lang}/stories/${slug}/`;
	let links: FigureLinks[] = [];

	beforeAll(async () => {
		const page = await noJs.newPage();
		try {
			const response = await page.goto(env.site.at(pathname), { waitUntil: 'load' });
			expect(response?.status(), `HTTP status of ${pathname}`).toBe(200);
			links = await readFigures(page);
		} finally {
			await page.close();
		}
	});

	test('answers 200 with one h1 in the page language', async () => {
		const response = await fetch(env.site.at(pathname));
		expect(response.status).toBe(200);
		const html = await response.text();
		expect(html).toMatch(new RegExp(`<html[^>]*lang="${lang}"`));
		expect(html.match(/<h1[\s>]/g)?.length, 'one h1').toBe(1);
	});

	test('every chart is an svg in its figure with JavaScript disabled (first paint)', () => {
		expect(links.length, 'figures on the page').toBe(figures);
		for (const f of links) {
			expect(f.svgs, `svg in "${f.caption}"`).toBeGreaterThanOrEqual(1);
			expect(f.caption, 'figure caption').not.toBe('');
		}
	});

	test('each chart’s embed page answers 200 and draws the chart as an svg', async () => {
		for (const f of links) {
			expect(f.embed, `embed link of "${f.caption}"`).toMatch(new RegExp(`^/${lang}/embed/`));
			const response = await fetch(env.site.at(f.embed!));
			expect(response.status, f.embed!).toBe(200);
			expect(await response.text(), f.embed!).toMatch(/<svg[\s>]/);
		}
	});

	test('each chart’s CSV parses with rows and a source_url column; its JSON parses', async () => {
		for (const f of links) {
			expect(f.csv, `CSV link of "${f.caption}"`).toMatch(new RegExp(`^/${lang}/downloads/[a-z0-9_]+\\.csv$`));
			const csv = await fetch(env.site.at(f.csv!));
			expect(csv.status, f.csv!).toBe(200);
			const parsed = Papa.parse<Record<string, string>>((await csv.text()).replace(/^\uFEFF/, ''), {
				header: true,
				skipEmptyLines: true
			});
			expect(parsed.errors, f.csv!).toEqual([]);
			expect(parsed.data.length, f.csv!).toBeGreaterThanOrEqual(1);
			expect(parsed.meta.fields, f.csv!).toContain('source_url');
			expect(
				parsed.data.every((row) => /^https?:\/\//.test(row.source_url ?? '')),
				`${f.csv!}: every row has a source_url`
			).toBe(true);

			expect(f.json, `JSON link of "${f.caption}"`).toMatch(new RegExp(`^/${lang}/downloads/[a-z0-9_]+\\.json$`));
			const json = await fetch(env.site.at(f.json!));
			expect(json.status, f.json!).toBe(200);
			expect(await json.json(), f.json!).toBeTypeOf('object');
		}
	});

	test('each chart links to its full view, which answers 200', async () => {
		for (const f of links) {
			expect(f.full, `full-view link of "${f.caption}"`).toMatch(new RegExp(`^/${lang}/indicator/`));
			const response = await fetch(env.site.at(f.full!));
			expect(response.status, f.full!).toBe(200);
		}
	});
});

describe.each(LANGS)('/%s/stories/', (lang) => {
	test('lists the three stories', async () => {
		const response = await fetch(env.site.at(`/${lang}/stories/`));
		expect(response.status).toBe(200);
		const html = await response.text();
		for (const story of stories) expect(html).toContain(`href="/${lang}/stories/${story.slug}/"`);
	});

	test('the home page links to the stories', async () => {
		const html = await (await fetch(env.site.at(`/${lang}/`))).text();
		const linked =
			html.includes(`href="/${lang}/stories/"`) ||
			stories.every((s) => html.includes(`href="/${lang}/stories/${s.slug}/"`));
		expect(linked, `/${lang}/ must link to /${lang}/stories/ (or to each story)`).toBe(true);
	});
});
