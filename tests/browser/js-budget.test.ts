// JavaScript per page type (issue #13), as sizes of built files, never timings: each page is loaded in
// Chromium with JavaScript on until no request has started for a second, and every script it fetched
// is weighed gzipped from build/. The module graph of the page's entry scripts (the bootstrap's
// imports, its route nodes, <script src>, followed through their static imports) must be among what
// was fetched, so nothing is missed. Also: a page's scripts hold only its own language's texts, and
// no validation code (zod).
//
// BUDGET is the goal per page type. Where a page type does not meet it yet, CEILING holds
// today's size plus a little, so it can only shrink: the benchmark (npm run bench) reports the goal
// as FAIL until then.

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, test } from 'vitest';
import { BUILD_DIR, LANGS, assertBuildExists, openHydrated, withSite } from './harness.ts';

assertBuildExists();
const env = withSite();

const KB = 1024;
/** The goals, gzipped. */
const BUDGET = {
	home: 30 * KB,
	catalogue: 45 * KB,
	indicator: 45 * KB,
	breakdown: 45 * KB,
	compare: 45 * KB,
	story: 30 * KB,
	data: 30 * KB,
	accessibility: 30 * KB,
	embed: 2 * KB
} as const;
type PageType = keyof typeof BUDGET;
/**
 * Today's sizes (+ about 2 KB) of the page types over their goal (see the header). The indicator
 * page's went from 78 to 80 KB with /chart-marks.js (2.7 KB), which gives its marks tooltips and
 * keyboard before and without hydration, and lets the home page and the stories ship no app at all.
 */
const CEILING: Partial<Record<PageType, number>> = {
	catalogue: 54 * KB,
	indicator: 80 * KB,
	breakdown: 74 * KB,
	compare: 70 * KB
};

const firstStory = fs
	.readdirSync(path.join(BUILD_DIR, 'nl', 'stories'), { withFileTypes: true })
	.filter((e) => e.isDirectory())
	.map((e) => e.name)
	.sort()[0];
const PAGES: Record<PageType, (lang: string) => string> = {
	home: (l) => `/${l}/`,
	catalogue: (l) => `/${l}/indicators/`,
	indicator: (l) => `/${l}/indicator/pa_aerobic_who_ehispaq/`,
	breakdown: (l) => `/${l}/indicator/pa_aerobic_who_ehispaq/sex/`,
	compare: (l) => `/${l}/compare/`,
	story: (l) => `/${l}/stories/${firstStory}/`,
	data: (l) => `/${l}/data/`,
	accessibility: (l) => `/${l}/accessibility/`,
	embed: (l) => `/${l}/embed/pa_aerobic_who_ehispaq/total/trend/2023/BE/`
};
const SITE_NAMES = { nl: 'Bewegen in België', fr: 'Bouger en Belgique', en: 'Moving in Belgium' } as const;

const fileOf = (urlPath: string) => path.join(BUILD_DIR, decodeURIComponent(urlPath));
const gzipped = (file: string) => zlib.gzipSync(fs.readFileSync(file)).length;

/** The entry scripts of a built page and everything they import statically, as build/ files. */
export function staticGraph(pagePath: string): Set<string> {
	const htmlFile = path.join(fileOf(pagePath), 'index.html');
	const html = fs.readFileSync(htmlFile, 'utf8');
	const dir = path.dirname(htmlFile);
	const resolve = (from: string, spec: string) =>
		spec.startsWith('/') ? path.join(BUILD_DIR, spec) : path.resolve(from, spec);
	const entries = [
		...[...html.matchAll(/import\("([^"]+\.js)"\)/g)].map((m) => resolve(dir, m[1]!)),
		...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => resolve(dir, m[1]!))
	];
	const nodesDir = path.join(BUILD_DIR, '_app', 'immutable', 'nodes');
	const ids =
		/node_ids:\s*\[([^\]]*)\]/
			.exec(html)?.[1]
			?.split(',')
			.map((s) => s.trim()) ?? [];
	for (const id of ids.filter(Boolean)) {
		const node = fs.readdirSync(nodesDir).find((n) => n.startsWith(`${id}.`) && n.endsWith('.js'));
		if (node) entries.push(path.join(nodesDir, node));
	}
	const seen = new Set<string>();
	const stack = [...entries];
	while (stack.length) {
		const file = stack.pop()!;
		if (seen.has(file)) continue;
		seen.add(file);
		const source = fs.readFileSync(file, 'utf8');
		for (const m of source.matchAll(/(?:\bfrom\s*|\bimport\s*)["']([^"']+\.js)["']/g)) {
			stack.push(resolve(path.dirname(file), m[1]!));
		}
	}
	return seen;
}

/** The build/ files of every script the page fetched, once the page is quiet. */
async function fetchedScripts(pagePath: string): Promise<Set<string>> {
	const page = await env.context.newPage();
	const scripts = new Set<string>();
	page.on('request', (r) => {
		const url = new URL(r.url());
		if (url.origin === new URL(env.site.url).origin && /\.m?js$/.test(url.pathname)) scripts.add(fileOf(url.pathname));
	});
	try {
		// Hydration starts after the first paint, which on busy cores can come more than a second after
		// the load event: wait for it, then until no script request has started for a second.
		await openHydrated(page, env.site.at(pagePath));
		for (let seen = -1, i = 0; seen !== scripts.size && i < 20; i++) {
			seen = scripts.size;
			await page.waitForTimeout(1000);
		}
	} finally {
		await page.close();
	}
	return scripts;
}

describe.each(Object.keys(BUDGET) as PageType[])('%s page', (type) => {
	// Concurrent: each test mostly waits for a quiet second; local `expect` for each.
	test.concurrent.for(LANGS)(
		'%s: JavaScript within its size, only its own language, no zod',
		async (lang, { expect }) => {
			const pagePath = PAGES[type](lang);
			const fetched = await fetchedScripts(pagePath);
			for (const file of staticGraph(pagePath)) {
				expect(fetched, `${pagePath}: ${path.relative(BUILD_DIR, file)} of its entry graph was fetched`).toContain(
					file
				);
			}
			const bytes = [...fetched].reduce((sum, file) => sum + gzipped(file), 0);
			const limit = Math.max(BUDGET[type], CEILING[type] ?? 0);
			expect(bytes, `${pagePath}: ${(bytes / KB).toFixed(1)} KB of JavaScript gzipped`).toBeLessThanOrEqual(limit);
			const text = [...fetched].map((file) => fs.readFileSync(file, 'utf8')).join('\n');
			for (const other of LANGS.filter((l) => l !== lang)) {
				expect(text.includes(SITE_NAMES[other]), `${pagePath} ships the ${other} interface texts`).toBe(false);
			}
			expect(text.includes('ZodError'), `${pagePath} ships zod`).toBe(false);
		}
	);
});
