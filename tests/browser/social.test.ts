// Issue 5, share: every indicator page previews its own chart when its link is shared. Read from the
// built files (the Open Graph / Twitter tags as a card reader sees them, and the PNGs they name), plus
// one HTTP request for the content type. Runs after `npm run build`.

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { BUILD_DIR, LANGS, ROOT, assertBuildExists, htmlFileToUrlPath, listHtmlFiles, startSite } from './harness.ts';
import { decodeEntities, maskHtml, parseAttributes } from './html-scan.ts';

assertBuildExists();

/** The address the build was made for (.env, unless the environment overrides it, as Vite does). */
const SITE_URL =
	process.env.PUBLIC_SITE_URL ??
	/^PUBLIC_SITE_URL=(.*)$/m.exec(fs.readFileSync(path.join(ROOT, '.env'), 'utf8'))?.[1]?.trim() ??
	'';

/** The <meta property|name=… content=…> tags of a page, by key (a key may repeat). */
function metaTags(html: string): Map<string, string[]> {
	const tags = new Map<string, string[]>();
	const masked = maskHtml(html);
	for (const m of masked.matchAll(/<meta\b[^>]*>/g)) {
		const attrs = parseAttributes(html.slice(m.index!, m.index! + m[0].length));
		const key = attrs.property ?? attrs.name;
		if (!key || attrs.content === undefined) continue;
		tags.set(key, [...(tags.get(key) ?? []), decodeEntities(attrs.content)]);
	}
	return tags;
}

function pngSize(file: string): { width: number; height: number } | null {
	const bytes = fs.readFileSync(file);
	if (bytes.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a') return null;
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const pages = listHtmlFiles().map((file) => {
	const html = fs.readFileSync(path.join(BUILD_DIR, file), 'utf8');
	return { file, urlPath: htmlFileToUrlPath(file), html, meta: metaTags(html) };
});
const indicatorPages = pages.filter((p) => /^(nl|fr|en)\/indicator\/[^/]+\/(?:[^/]+\/)?index\.html$/.test(p.file));
const cardFiles = LANGS.flatMap((lang) => {
	const dir = path.join(BUILD_DIR, lang, 'og');
	return fs.existsSync(dir)
		? fs
				.readdirSync(dir, { recursive: true, encoding: 'utf8' })
				.filter((f) => f.endsWith('.png'))
				.map((f) => `${lang}/og/${f}`)
		: [];
});
const one = (page: (typeof pages)[number], key: string) => page.meta.get(key) ?? [];

describe('social preview cards', () => {
	test('the build has indicator pages and one card per indicator page', () => {
		expect(SITE_URL).toMatch(/^https?:\/\//);
		expect(indicatorPages.length).toBeGreaterThan(100);
		expect(cardFiles.length).toBe(indicatorPages.length);
	});

	test('every indicator page names its own card, with size, alt text, title, description and URL', () => {
		const problems: string[] = [];
		for (const page of indicatorPages) {
			const [, lang, id, breakdown] = /^(\w\w)\/indicator\/([^/]+)\/(?:([^/]+)\/)?index\.html$/.exec(page.file)!;
			const image = one(page, 'og:image');
			// The main page shows the default breakdown: the card of that one (total, or the first published).
			const expected = breakdown ? `${SITE_URL}/${lang}/og/${id}/${breakdown}.png` : null;
			if (image.length !== 1) problems.push(`${page.file}: ${image.length} og:image`);
			else if (expected ? image[0] !== expected : !image[0]!.startsWith(`${SITE_URL}/${lang}/og/${id}/`))
				problems.push(`${page.file}: og:image ${image[0]}`);
			if (one(page, 'twitter:image')[0] !== image[0])
				problems.push(`${page.file}: twitter:image differs from og:image`);
			if (one(page, 'twitter:card')[0] !== 'summary_large_image') problems.push(`${page.file}: twitter:card`);
			if (one(page, 'og:url')[0] !== `${SITE_URL}${page.urlPath}`)
				problems.push(`${page.file}: og:url ${one(page, 'og:url')[0]}`);
			if (one(page, 'og:image:width')[0] !== '1200' || one(page, 'og:image:height')[0] !== '630')
				problems.push(`${page.file}: og:image size`);
			for (const key of ['og:title', 'og:description', 'og:image:alt', 'og:site_name', 'og:locale'])
				if (one(page, key).length !== 1 || !one(page, key)[0]) problems.push(`${page.file}: ${key}`);
			// The alt text describes the chart the page prerenders: it starts with that chart's title.
			const chartTitle = /<figure\b[\s\S]*?<svg\b[^>]*>\s*<title\b[^>]*>([^<]+)<\/title>/.exec(page.html)?.[1];
			if (chartTitle && !one(page, 'og:image:alt')[0]?.startsWith(decodeEntities(chartTitle)))
				problems.push(`${page.file}: og:image:alt does not describe "${chartTitle}"`);
		}
		expect(problems.slice(0, 20)).toEqual([]);
	});

	test('every card a page names is a 1200×630 PNG in build/, and every card is named by a page', () => {
		const named = new Set<string>();
		const problems: string[] = [];
		for (const page of pages) {
			for (const url of one(page, 'og:image')) {
				const file = url.startsWith(`${SITE_URL}/`) ? url.slice(SITE_URL.length + 1) : null;
				if (!file) {
					problems.push(`${page.file}: og:image ${url} is not on ${SITE_URL}`);
					continue;
				}
				named.add(file);
				const size = fs.existsSync(path.join(BUILD_DIR, file)) ? pngSize(path.join(BUILD_DIR, file)) : null;
				if (!size) problems.push(`${page.file}: og:image ${file} is not a PNG in build/`);
				else if (size.width !== 1200 || size.height !== 630) problems.push(`${file}: ${size.width}×${size.height}`);
			}
		}
		expect(problems.slice(0, 20)).toEqual([]);
		expect(cardFiles.filter((f) => !named.has(f))).toEqual([]);
	});

	test('the home page, catalogue, data page and stories preview the headline indicator in their language', () => {
		for (const lang of LANGS)
			for (const p of ['', 'indicators/', 'data/', 'stories/']) {
				const page = pages.find((x) => x.urlPath === `/${lang}/${p}`);
				expect(page, `/${lang}/${p}`).toBeDefined();
				expect(one(page!, 'og:image'), `/${lang}/${p}`).toEqual([
					`${SITE_URL}/${lang}/og/pa_aerobic_who_ehispaq/total.png`
				]);
				expect(one(page!, 'og:locale')[0]).toBe({ nl: 'nl_BE', fr: 'fr_BE', en: 'en_GB' }[lang]);
			}
	});

	test('a card is served as image/png', async () => {
		const site = await startSite();
		try {
			const response = await fetch(site.at(`/${cardFiles[0]}`));
			expect(response.status).toBe(200);
			expect(response.headers.get('content-type')).toMatch(/^image\/png/);
		} finally {
			await site.close();
		}
	});
});
