// Accessibility checks axe cannot make, read from build/ without loading a page (every built page,
// parsed by the shared Chromium's DOMParser, as reader-language.test.ts does):
// - 2.4.2: every page has one non-empty <title>, and no two pages share one;
// - 3.1.2: every text of a source in another language than the page (its title, its quotes and their
//   column headers, whose language is `lang` in data/sources.csv) sits inside an element whose `lang`
//   is that language;
// - a chart mark whose value carries † says in its accessible name what the † stands for.
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BUILD_DIR, ROOT, listHtmlFiles, onPages, withSite } from './harness.ts';

const env = withSite();
let page: Page;
let pages: Page[] = [];
beforeAll(async () => {
	pages = [await env.browser.newPage(), await env.browser.newPage()];
	page = pages[0]!;
});

const files = listHtmlFiles();
const read = (file: string) => fs.readFileSync(path.join(BUILD_DIR, file), 'utf8');
const csv = (file: string) =>
	Papa.parse<Record<string, string>>(fs.readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data;

/** The words of each source in its own language: title, quotes and quote column headers. */
function foreignTexts(): Foreign {
	const dir = path.join(ROOT, 'data');
	const langOf = new Map(csv(path.join(dir, 'sources.csv')).map((s) => [s.id!, s.lang!]));
	const norm = (t: string) => t.replace(/\s+/g, ' ').trim();
	const out = new Map<string, string>();
	const titles = csv(path.join(dir, 'sources.csv')).map((s) => ({ text: norm(s.title!), lang: s.lang! }));
	for (const t of titles) out.set(t.text, t.lang);
	for (const f of fs.readdirSync(path.join(dir, 'observations')).filter((f) => f.endsWith('.csv')))
		for (const o of csv(path.join(dir, 'observations', f))) {
			const lang = langOf.get(o.source!) ?? '';
			for (const text of [o.source_quote, o.quote_context]) if (text) out.set(norm(text), lang);
		}
	const long = titles.filter((t) => t.text.split(' ').length >= 4 && !/^https?:/.test(t.text));
	return { exact: Object.fromEntries([...out].filter(([text]) => !/^https?:/.test(text))), titles: long };
}

interface Scan {
	titles: string[];
	/** Texts of a source in another language than their nearest `lang` says, with that lang. */
	unmarked: { text: string; lang: string; marked: string }[];
	/** How many texts of a source in another language than the page are marked with their language. */
	marked: number;
	/** Accessible names of chart marks that have † and do not say what it stands for. */
	bareDaggers: string[];
}

interface Foreign {
	/** Whole texts (quotes, column headers, titles) by their language. */
	exact: Record<string, string>;
	/**
	 * Titles that may also sit inside a longer text: those of four words or more. A shorter one is a
	 * name ("Bewegen op Verwijzing", the programme), which 3.1.2 exempts; a URL is no language.
	 */
	titles: { text: string; lang: string }[];
}

/** Runs in the browser. */
function scan([html, foreign]: [string, Foreign | null]): Scan {
	const f = foreign ?? (window as unknown as { __foreign: Foreign }).__foreign;
	const doc = new DOMParser().parseFromString(html, 'text/html');
	const titles = [...doc.querySelectorAll('title')]
		.filter((t) => !t.closest('svg'))
		.map((t) => (t.textContent ?? '').trim());
	const unmarked: Scan['unmarked'] = [];
	const pageLang = doc.documentElement.getAttribute('lang');
	let marked = 0;
	const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, NodeFilter.SHOW_TEXT);
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
		const parent = node.parentElement;
		if (text.length < 12 || !parent || parent.closest('script, style, code, pre, textarea')) continue;
		const lang = parent.closest('[lang]')?.getAttribute('lang') ?? '';
		// A text node that is a source's words, or holds a source title inside a sentence. A title of
		// under four words outside a <cite> is a name ("Bewegen op Verwijzing" heads a story section).
		const name = text.split(' ').length < 4 && !parent.closest('cite');
		const own = name ? undefined : (f.exact[text] ?? f.titles.find((t) => text.includes(t.text))?.lang);
		if (own === undefined || own === pageLang) continue;
		if (own === lang) marked++;
		else unmarked.push({ text: text.slice(0, 120), lang: own, marked: lang });
	}
	const bareDaggers = [...doc.querySelectorAll('[data-mark][aria-label*="†"]')]
		.map((m) => m.getAttribute('aria-label') ?? '')
		.filter((name) => !/\(† \S/.test(name));
	return { titles, unmarked, marked, bareDaggers };
}

describe('every built page', () => {
	const results = new Map<string, Scan>();
	beforeAll(async () => {
		const foreign = foreignTexts();
		expect(Object.keys(foreign.exact).length).toBeGreaterThan(100);
		for (const p of pages)
			await p.evaluate((f) => ((window as unknown as { __foreign: Foreign }).__foreign = f), foreign);
		await onPages(pages, files, async (p, file) => {
			results.set(file, await p.evaluate(scan, [read(file), null] as [string, null]));
		});
	});

	it('has one title of its own (WCAG 2.4.2)', () => {
		const byTitle = new Map<string, string[]>();
		const problems: string[] = [];
		for (const [file, { titles }] of results) {
			if (titles.length !== 1 || !titles[0])
				problems.push(`${file}: ${titles.length} titles ${JSON.stringify(titles)}`);
			else byTitle.set(titles[0], [...(byTitle.get(titles[0]) ?? []), file]);
		}
		for (const [title, pages] of byTitle)
			if (pages.length > 1) problems.push(`"${title}" on ${pages.length} pages: ${pages.slice(0, 3).join(', ')}`);
		expect(problems.slice(0, 20), `${problems.length} problems`).toEqual([]);
	});

	it("marks a source's own words with their language (WCAG 3.1.2)", () => {
		const problems = [...results].flatMap(([file, { unmarked }]) =>
			unmarked.map((u) => `${file}: lang=${u.marked || '∅'} for ${u.lang} text “${u.text}”`)
		);
		// Not vacuous: the pages show many source titles and quotes in another language than their own.
		expect([...results.values()].reduce((n, r) => n + r.marked, 0)).toBeGreaterThan(1000);
		expect(problems.slice(0, 20), `${problems.length} unmarked texts`).toEqual([]);
	});

	it('names what a † stands for in every flagged chart mark', () => {
		const flagged = [...results.values()].flatMap((r) => r.bareDaggers);
		expect(flagged.slice(0, 10), `${flagged.length} marks`).toEqual([]);
	});
});

describe('the scan (positive control)', () => {
	it('finds a shared title, an unmarked French title and a bare † in a made-up page', async () => {
		const html = `<!doctype html><html lang="en"><head><title>T</title></head><body>
			<p>Le Vif: Les Belges bougent davantage</p><cite lang="fr">Les Belges bougent davantage</cite>
			<svg><title>chart</title><g data-mark="0" aria-label="Brussels: 34.0% †"></g>
			<g data-mark="1" aria-label="Flanders: 40.0% † († secondary source)"></g></svg></body></html>`;
		const title = { text: 'Les Belges bougent davantage', lang: 'fr' };
		const foreign: Foreign = { exact: { [title.text]: 'fr' }, titles: [title] };
		const r = await page.evaluate(scan, [html, foreign] as [string, Foreign]);
		expect(r.titles).toEqual(['T']);
		expect(r.unmarked).toEqual([{ text: 'Le Vif: Les Belges bougent davantage', lang: 'fr', marked: 'en' }]);
		expect(r.marked).toBe(1);
		expect(r.bareDaggers).toEqual(['Brussels: 34.0% †']);
	});
});
