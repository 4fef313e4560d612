// JavaScript per page type (issue #13), as sizes of built files, never timings: each page is loaded in
// Chromium with JavaScript on until no request has started for a second, and every script it fetched
// is weighed gzipped from build/. The module graph of the page's entry scripts (the bootstrap's
// imports, its route nodes, <script src>, followed through their static imports) must be among what
// was fetched, so nothing is missed. Also: a page's scripts hold only its own language's texts, and
// no validation code (zod).
//
// BUDGET is the goal per page type, for a reader who reads the page. The explorers (indicator,
// breakdown and compare pages) and the catalogue load their app only at the first use of a control:
// what they fetch then is weighed too, against AFTER_USE (today's size plus a little, so it can only
// shrink).

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
 * The app of the pages that load it at the first use of a control (today's size + about 2 KB, so
 * it can only shrink); before that use they fetch at most the marks script.
 */
const AFTER_USE: Partial<Record<PageType, number>> = {
	catalogue: 54 * KB,
	indicator: 80 * KB,
	breakdown: 75 * KB,
	compare: 71 * KB
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

/**
 * The build/ files of every script the page fetched, once the page is quiet: as read (an explorer's
 * controls untouched) or once a control was used (openHydrated points at one).
 */
async function fetchedScripts(pagePath: string, used: boolean): Promise<Set<string>> {
	const page = await env.context.newPage();
	const scripts = new Set<string>();
	page.on('request', (r) => {
		const url = new URL(r.url());
		if (url.origin === new URL(env.site.url).origin && /\.m?js$/.test(url.pathname)) scripts.add(fileOf(url.pathname));
	});
	try {
		// Hydration starts after the first paint, which on busy cores can come more than a second after
		// the load event: wait for it, then until no script request has started for a second.
		if (used) await openHydrated(page, env.site.at(pagePath));
		else await page.goto(env.site.at(pagePath), { waitUntil: 'load' });
		for (let seen = -1, i = 0; seen !== scripts.size && i < 20; i++) {
			seen = scripts.size;
			await page.waitForTimeout(1000);
		}
	} finally {
		await page.close();
	}
	return scripts;
}

const weight = (files: Set<string>) => [...files].reduce((sum, file) => sum + gzipped(file), 0);
const APP = path.join(BUILD_DIR, '_app');

describe.each(Object.keys(BUDGET) as PageType[])('%s page', (type) => {
	const explorer = AFTER_USE[type] !== undefined;
	// Concurrent: each test mostly waits for a quiet second; local `expect` for each.
	test.concurrent.for(LANGS)(
		explorer
			? '%s: as read, no app and JavaScript within its size; once a control is used, its app, only its own language, no zod'
			: '%s: JavaScript within its size, only its own language, no zod',
		async (lang, { expect }) => {
			const pagePath = PAGES[type](lang);
			const read = await fetchedScripts(pagePath, !explorer);
			expect(
				weight(read),
				`${pagePath}: ${(weight(read) / KB).toFixed(1)} KB of JavaScript gzipped`
			).toBeLessThanOrEqual(BUDGET[type]);
			if (explorer) {
				expect(
					[...read].filter((f) => f.startsWith(APP)),
					`${pagePath}: app scripts before any use`
				).toEqual([]);
			}
			const fetched = explorer ? await fetchedScripts(pagePath, true) : read;
			for (const file of staticGraph(pagePath)) {
				expect(fetched, `${pagePath}: ${path.relative(BUILD_DIR, file)} of its entry graph was fetched`).toContain(
					file
				);
			}
			if (explorer) {
				expect(weight(fetched), `${pagePath}: ${(weight(fetched) / KB).toFixed(1)} KB once used`).toBeLessThanOrEqual(
					AFTER_USE[type]!
				);
			}
			const text = [...fetched].map((file) => fs.readFileSync(file, 'utf8')).join('\n');
			for (const other of LANGS.filter((l) => l !== lang)) {
				expect(text.includes(SITE_NAMES[other]), `${pagePath} ships the ${other} interface texts`).toBe(false);
			}
			expect(text.includes('ZodError'), `${pagePath} ships zod`).toBe(false);
		}
	);
});
