// C19 (link integrity) and C21 (accessibility statement) over the built site, read from the files
// in build/ (no server, no browser): every HTML page is parsed, and every internal link, asset,
// download and API URL must resolve to a file in build/, every #fragment to an element id in its
// target. External http(s) URLs are listed (printed once) but never fetched: a scheduled job checks
// those, never CI. Runs after `npm run build` (in the browser project because it needs build/).

import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { LANGS, ROOT, assertBuildExists } from './harness.ts';
import {
	EMBEDS,
	PAGES,
	type Page,
	RESOLUTION,
	TRANSLATIONS,
	fileFor,
	parsePage,
	resolveAll,
	sitePath
} from './crawl-site.ts';

assertBuildExists(); // "run npm run build first"

describe('C19: link integrity of build/', () => {
	test('build/ has pages to crawl', () => {
		expect(PAGES.size).toBeGreaterThan(0);
		expect(RESOLUTION.checked).toBeGreaterThan(0);
	});

	test('the crawler reports a missing file, a missing #fragment and a javascript: URL (control)', () => {
		const nl = PAGES.get('nl/index.html');
		expect(nl, 'build/nl/index.html').toBeDefined();
		const probe = parsePage(
			'nl/index.html',
			'<!doctype html><html lang="nl"><title>x</title><a href="/nl/no-such-page/">a</a><a href="./#no-such-id">b</a><a href="javascript:void 0">c</a><img src="../missing.png"><a href="/nl/">ok</a></html>'
		);
		const result = resolveAll(new Map<string, Page>([['nl/index.html', probe]]));
		expect(result.broken.map((b) => b.replace(/^[^:]+: /, ''))).toEqual([
			'<a href="/nl/no-such-page/">: no file in build/ for /nl/no-such-page/',
			'<a href="./#no-such-id">: no element with id="no-such-id" in nl/index.html',
			'<a href="javascript:void 0">: javascript: URL',
			'<img src="../missing.png">: no file in build/ for /missing.png'
		]);
		expect(fileFor('/_headers'), '_headers is never served').toBeNull();
		expect(fileFor('/nl/')?.file).toBe('nl/index.html');
	});

	test('every internal link, asset, download, API URL and #fragment resolves to a file in build/', () => {
		expect(RESOLUTION.broken).toEqual([]);
	});

	test('internal links point at the served form of the URL (no redirect needed)', () => {
		expect(RESOLUTION.redirected).toEqual([]);
	});

	test('external URLs are listed, never fetched here', () => {
		const external = [...RESOLUTION.external].sort();
		console.info(
			`crawl: ${PAGES.size} pages, ${RESOLUTION.checked} internal URLs checked, ${external.length} distinct external URLs (checked by a scheduled job, not CI):\n  ${external.slice(0, 200).join('\n  ')}${external.length > 200 ? `\n  … and ${external.length - 200} more` : ''}`
		);
		for (const url of external) expect(url).toMatch(/^https?:\/\//);
	});

	test('every HTML page has a non-empty <title> and <html lang> in nl, fr or en', () => {
		const problems: string[] = [];
		for (const page of PAGES.values()) {
			if (!page.title) problems.push(`${page.file}: empty or missing <title>`);
			if (!page.lang || !(LANGS as readonly string[]).includes(page.lang))
				problems.push(`${page.file}: <html lang="${page.lang ?? ''}">`);
		}
		expect(problems).toEqual([]);
	});

	test('every translated page has one canonical link to itself and hreflang alternates nl, fr, en and x-default', () => {
		const problems: string[] = [];
		for (const page of TRANSLATIONS) {
			if (page.canonical.length !== 1) problems.push(`${page.file}: ${page.canonical.length} canonical links`);
			else if (sitePath(page.canonical[0]!, page.urlPath) !== page.urlPath)
				problems.push(`${page.file}: canonical ${page.canonical[0]} is not ${page.urlPath}`);
			for (const hreflang of [...LANGS, 'x-default']) {
				const found = page.alternates.filter((a) => a.hreflang === hreflang);
				if (found.length !== 1)
					problems.push(`${page.file}: ${found.length} <link rel="alternate" hreflang="${hreflang}">`);
			}
			const self = page.alternates.find((a) => a.hreflang === page.lang);
			if (self && sitePath(self.href, page.urlPath) !== page.urlPath)
				problems.push(`${page.file}: hreflang="${page.lang}" points to ${self.href}, not to itself`);
		}
		expect(problems).toEqual([]);
	});

	test('hreflang alternates are reciprocal (each alternate links back)', () => {
		const problems: string[] = [];
		const byPath = new Map(TRANSLATIONS.map((p) => [p.urlPath, p]));
		for (const page of TRANSLATIONS) {
			for (const alt of page.alternates.filter((a) => a.hreflang !== 'x-default')) {
				const target = byPath.get(sitePath(alt.href, page.urlPath));
				if (!target) {
					problems.push(`${page.file}: hreflang="${alt.hreflang}" → ${alt.href} is not a translated page`);
					continue;
				}
				if (target.lang !== alt.hreflang)
					problems.push(`${page.file}: hreflang="${alt.hreflang}" → ${target.file} has lang="${target.lang}"`);
				const back = target.alternates.find((a) => a.hreflang === page.lang);
				if (!back || sitePath(back.href, target.urlPath) !== page.urlPath)
					problems.push(`${target.file} does not link back to ${page.urlPath} with hreflang="${page.lang}"`);
			}
		}
		expect(problems).toEqual([]);
	});

	test('every embed is noindex and links to a full page of the site in its language', () => {
		const problems: string[] = [];
		for (const page of EMBEDS) {
			if (!/<meta name="robots" content="noindex"/.test(page.html))
				problems.push(`${page.file}: no <meta name="robots" content="noindex">`);
			const full = page.refs.filter((r) => r.tag === 'a').map((r) => sitePath(r.raw, page.urlPath));
			if (
				!full.some(
					(p) =>
						p.startsWith(`/${page.lang}/`) &&
						!p.startsWith(`/${page.lang}/embed/`) &&
						TRANSLATIONS.some((t) => t.urlPath === p)
				)
			)
				problems.push(`${page.file}: no link to a full page in /${page.lang}/ (links: ${full.join(', ') || 'none'})`);
		}
		expect(problems).toEqual([]);
	});

	test('a 404 page exists in nl, fr and en, and build/404.html (served by hosts for unknown URLs) links to the three languages', () => {
		for (const lang of LANGS) {
			const page = PAGES.get(`${lang}/404/index.html`);
			expect(page, `build/${lang}/404/index.html`).toBeDefined();
			expect(page!.lang).toBe(lang);
			expect(page!.html, `${lang}/404/ asks robots not to index it`).toMatch(/<meta name="robots" content="noindex"/);
		}
		const root = PAGES.get('404.html');
		expect(root, 'build/404.html').toBeDefined();
		const links = root!.refs.filter((r) => r.tag === 'a').map((r) => r.raw);
		for (const lang of LANGS)
			expect(links, '404.html links (root-absolute: it is served at any depth)').toContain(`/${lang}/`);
		for (const ref of root!.refs)
			expect(ref.raw, `404.html ${ref.tag} ${ref.attr}: must be root-absolute or external`).toMatch(/^(\/|https?:)/);
		expect(root!.html, '404.html has no script (kit.csp does not cover it)').not.toMatch(/<script\b/i);
	});

	test("svelte.config.js keeps the prerender error handlers at 'fail'", async () => {
		const config = (await import(path.join(ROOT, 'svelte.config.js'))).default as {
			kit?: { prerender?: Record<string, unknown> };
		};
		const prerender = config.kit?.prerender ?? {};
		expect({
			handleHttpError: prerender.handleHttpError,
			handleMissingId: prerender.handleMissingId,
			handleEntryGeneratorMismatch: prerender.handleEntryGeneratorMismatch
		}).toEqual({ handleHttpError: 'fail', handleMissingId: 'fail', handleEntryGeneratorMismatch: 'fail' });
	});
});

describe('C21: accessibility statement', () => {
	test('every translated page links to the accessibility statement of its language (site footer)', () => {
		const missing = TRANSLATIONS.filter(
			(page) =>
				!page.refs.some((r) => r.tag === 'a' && sitePath(r.raw, page.urlPath) === `/${page.lang}/accessibility/`)
		).map((p) => p.file);
		expect(
			missing.length,
			`pages without a link to /<lang>/accessibility/ (first 10: ${missing.slice(0, 10).join(', ')})`
		).toBe(0);
	});

	describe.each(LANGS)('/%s/accessibility/', (lang) => {
		const page = PAGES.get(`${lang}/accessibility/index.html`);

		test('exists, in its language', () => {
			expect(page, `build/${lang}/accessibility/index.html`).toBeDefined();
			expect(page!.lang).toBe(lang);
		});

		test.each(['status', 'non-accessible', 'preparation', 'feedback', 'enforcement'])(
			'has a section #%s with a heading and text',
			(id) => {
				expect(page).toBeDefined();
				const m = new RegExp(`<section\\b[^>]*\\bid="${id}"[^>]*>([\\s\\S]*?)</section>`).exec(page!.html);
				expect(m, `<section id="${id}">`).not.toBeNull();
				expect(m![1], `#${id} heading`).toMatch(/<h2\b[^>]*>[^<]+<\/h2>/);
				const text = m![1]!
					.replace(/<[^>]+>/g, ' ')
					.replace(/\s+/g, ' ')
					.trim();
				expect(text.length, `#${id} text`).toBeGreaterThan(40);
			}
		);

		test('states partial compliance with WCAG 2.1 AA and lists non-accessible content with reason and alternative', () => {
			const status = /<section\b[^>]*id="status"[^>]*>([\s\S]*?)<\/section>/.exec(page!.html)?.[1] ?? '';
			expect(status).toMatch(/WCAG\)? 2\.1/);
			expect(status).toMatch(/EN 301 549/);
			const items = /<section\b[^>]*id="non-accessible"[^>]*>([\s\S]*?)<\/section>/.exec(page!.html)?.[1] ?? '';
			const count = (items.match(/<li\b/g) ?? []).length;
			expect(count, 'non-accessible items').toBeGreaterThan(0);
			expect((items.match(/<dt\b/g) ?? []).length, 'a reason and an alternative per item').toBe(2 * count);
		});

		test('the enforcement section links to the Belgian ombudsman procedure', () => {
			const enforcement = /<section\b[^>]*id="enforcement"[^>]*>([\s\S]*?)<\/section>/.exec(page!.html)?.[1] ?? '';
			expect(enforcement).toContain('href="https://www.federaalombudsman.be/"');
			expect(enforcement).toContain('href="https://www.vlaanderen.be/vlaamse-ombudsdienst"');
		});

		test('was prepared and last reviewed at most 12 months ago (Implementing Decision (EU) 2018/1523: review at least yearly)', () => {
			const date = (testid: string) =>
				new RegExp(`<time\\b[^>]*datetime="(\\d{4}-\\d{2}-\\d{2})"[^>]*data-testid="${testid}"`).exec(page!.html)?.[1];
			const prepared = date('date-prepared');
			const reviewed = date('date-reviewed');
			expect(prepared, 'time[data-testid=date-prepared][datetime]').toBeDefined();
			expect(reviewed, 'time[data-testid=date-reviewed][datetime]').toBeDefined();
			const today = new Date();
			const yearAgo = new Date(Date.UTC(today.getUTCFullYear() - 1, today.getUTCMonth(), today.getUTCDate()));
			const reviewedAt = new Date(`${reviewed}T00:00:00Z`);
			expect(
				reviewedAt.getTime(),
				`last review ${reviewed} must be on or after ${yearAgo.toISOString().slice(0, 10)}: review the statement and update accessibilityDates in src/lib/i18n/static-pages.ts`
			).toBeGreaterThanOrEqual(yearAgo.getTime());
			expect(reviewedAt.getTime(), `last review ${reviewed} is in the future`).toBeLessThanOrEqual(today.getTime());
			expect(prepared! <= reviewed!, 'prepared on or before the last review').toBe(true);
		});
	});
});
