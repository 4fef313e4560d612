// Every built page read as text (page-scan.ts: one DOMParser parse per file, no page load):
// - everything a reader reads is in the page's language: every built nl and fr page (visible text,
//   alt, aria-label, title, SVG <title>/<desc>, share tags) holds no English, and no page in any
//   language shows internal ids, file or crosswalk references, region codes or a wrong plural form.
//   Allowed: code samples (<code>, <pre>, <textarea>), a source's own words marked with their
//   language inside <cite>, <q> or <blockquote>, the language switch's endonyms, and on the data
//   page (the codebook) column identifiers and file names;
// - what axe cannot judge: 2.4.2, every page has one non-empty <title> and no two pages share one;
//   3.1.2, every text of a source in another language than the page (its title, its quotes and
//   their column headers, whose language is `lang` in data/sources.csv) sits inside an element whose
//   `lang` is that language; a chart mark whose value carries † says in its accessible name what
//   the † stands for.

import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BUILD_DIR, LANGS, listHtmlFiles, withSite } from './harness.ts';
import { foreignTexts, scanFiles, scanHtml, type Foreign, type PageScan } from './page-scan.ts';
import { dataCells, detector, fromData, properNames, type Finding } from './reader-text.ts';

interface Offence {
	pages: string[];
	/** The shortest text where it was found. */
	text: string;
}

/** Findings grouped by offence, most widespread first, as lines a maintainer can act on. */
function summarise(findings: Map<string, Offence>): string[] {
	return [...findings.entries()]
		.sort((a, b) => b[1].pages.length - a[1].pages.length || a[0].localeCompare(b[0]))
		.map(([offence, o]) => `${offence} on ${o.pages.length} page(s), e.g. ${o.pages[0]}: “${o.text.slice(0, 160)}”`);
}

const cells = dataCells(path.join(BUILD_DIR, '..', 'data'));
const origin = new Map<string, boolean>();
/** Whether a finding comes from a data cell (memoised: the same texts recur on many pages). */
function isData(f: Finding): boolean {
	const key = `${f.match}\u0000${f.text}`;
	let known = origin.get(key);
	if (known === undefined) origin.set(key, (known = fromData(f, cells)));
	return known;
}

/** Records findings of one page, in `data` when a data cell holds them, else in `ui`. */
function record(into: Findings, page: string, found: Finding[]): void {
	for (const f of found) record1(isData(f) ? into.data : into.ui, page, f);
}

interface Findings {
	ui: Map<string, Offence>;
	data: Map<string, Offence>;
}
const findings = (): Findings => ({ ui: new Map(), data: new Map() });

function record1(into: Map<string, Offence>, page: string, f: Finding): void {
	const o = into.get(f.offence) ?? { pages: [], text: f.text };
	if (o.pages.at(-1) !== page) o.pages.push(page);
	if (f.text.length < o.text.length) o.text = f.text;
	into.set(f.offence, o);
}

// Only the shared Chromium is used: pages are parsed from build/, not loaded from the server.
const env = withSite();
let pages: Page[] = [];
let scans = new Map<string, PageScan>();
beforeAll(async () => {
	pages = [await env.browser.newPage(), await env.browser.newPage()];
	const foreign = foreignTexts();
	expect(Object.keys(foreign.exact).length).toBeGreaterThan(100);
	scans = await scanFiles(pages, listHtmlFiles(), foreign);
}, 600_000);

const noForeign: Foreign = { exact: {}, titles: [] };
const parse = (html: string, foreign = noForeign) => pages[0]!.evaluate(scanHtml, [html, foreign] as [string, Foreign]);
const scansOf = (lang: string) => [...scans].filter(([file]) => file.startsWith(`${lang}/`));

describe('the detector (positive control)', () => {
	it('finds English, ids, file and crosswalk references, region codes and plural slips in a made-up nl page', async () => {
		const html = `<!doctype html><html lang="nl"><head><title>Bron: not stated</title></head><body>
			<p>Staafdiagram, 1 staven. BE-WAL: geen gegevens.</p><img alt="split from anxiety_disorder_gad7">
			<p>Zie intentions_international.csv:140 (crosswalk D8)</p><span aria-label="no data">x</span>
			<cite lang="en">Physical activity (Health Status Report)</cite><code>pa_aerobic.csv</code></body></html>`;
		const { lang, texts } = await parse(html);
		expect(lang).toBe('nl');
		const d = detector('nl');
		const offences = texts
			.flatMap((t) => [...d.english(t), ...d.jargon(t, false), ...d.plural(t)])
			.map((f) => f.offence);
		expect(new Set(offences)).toEqual(
			new Set([
				'English word "not"',
				'English word "stated"',
				'English word "from"',
				'English catalogue text "no data"',
				'English catalogue text "not stated"',
				'plural slip "Staafdiagram, 1 staven. BE-WAL: geen gegevens."',
				'region code "BE-WAL"',
				'internal id "anxiety_disorder_gad7"',
				'file line reference "intentions_international.csv:140"',
				'file reference "intentions_international.csv"',
				'internal id "intentions_international"',
				'crosswalk reference "crosswalk"'
			])
		);
	});
});

describe.each(LANGS)('every built %s page', (lang) => {
	const d = detector(lang, properNames(path.join(BUILD_DIR, '..', 'data')));
	const english = findings();
	const jargon = findings();
	const plural = findings();

	beforeAll(() => {
		const files = scansOf(lang);
		expect(files.length).toBeGreaterThan(100);
		for (const [file, parsed] of files) {
			expect(parsed.lang, file).toBe(lang);
			const codebook = file === `${lang}/data/index.html`;
			for (const text of parsed.texts) {
				record(english, file, d.english(text));
				record(jargon, file, d.jargon(text, codebook));
				record(plural, file, d.plural(text));
			}
			// A quote keeps the source's words and codes, but must say its language (WCAG 3.1.2).
			for (const text of parsed.quotes) {
				const unmarked = d.english(text).length > 0;
				if (unmarked)
					record1(english.data, file, { offence: 'source quote in English without lang="en"', match: '', text });
			}
		}
	});

	it.runIf(lang !== 'en')('has no English in its interface text', () => {
		expect(summarise(english.ui).join('\n')).toBe('');
	});

	it('shows no internal id, file or crosswalk reference, region code or unfilled placeholder in its interface text', () => {
		expect(summarise(jargon.ui).join('\n')).toBe('');
	});

	it('writes every count with its plural form', () => {
		expect(summarise(plural.ui).join('\n')).toBe('');
		expect(summarise(plural.data).join('\n')).toBe('');
	});

	// The texts of data/ shown on pages (notes, instruments, populations, source titles and quotes):
	// these fail until data/ carries them in every language and keeps maintainers' notes apart.
	it.runIf(lang !== 'en')('has no English in the data texts it shows', () => {
		expect(summarise(english.data).join('\n')).toBe('');
	});

	it('shows no internal id, file or crosswalk reference or region code from the data', () => {
		expect(summarise(jargon.data).join('\n')).toBe('');
	});
});

describe('every built page, for what axe cannot judge', () => {
	it('is every page of the build', () => {
		expect(scans.size).toBe(listHtmlFiles().length);
	});

	it('has one title of its own (WCAG 2.4.2)', () => {
		const byTitle = new Map<string, string[]>();
		const problems: string[] = [];
		for (const [file, { titles }] of scans) {
			if (titles.length !== 1 || !titles[0])
				problems.push(`${file}: ${titles.length} titles ${JSON.stringify(titles)}`);
			else byTitle.set(titles[0], [...(byTitle.get(titles[0]) ?? []), file]);
		}
		for (const [title, pages] of byTitle)
			if (pages.length > 1) problems.push(`"${title}" on ${pages.length} pages: ${pages.slice(0, 3).join(', ')}`);
		expect(problems.slice(0, 20), `${problems.length} problems`).toEqual([]);
	});

	it("marks a source's own words with their language (WCAG 3.1.2)", () => {
		const problems = [...scans].flatMap(([file, { unmarked }]) =>
			unmarked.map((u) => `${file}: lang=${u.marked || '∅'} for ${u.lang} text “${u.text}”`)
		);
		// Not vacuous: the pages show many source titles and quotes in another language than their own.
		expect([...scans.values()].reduce((n, r) => n + r.marked, 0)).toBeGreaterThan(1000);
		expect(problems.slice(0, 20), `${problems.length} unmarked texts`).toEqual([]);
	});

	it('names what a † stands for in every flagged chart mark', () => {
		const flagged = [...scans.values()].flatMap((r) => r.bareDaggers);
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
		const r = await parse(html, foreign);
		expect(r.titles).toEqual(['T']);
		expect(r.unmarked).toEqual([{ text: 'Le Vif: Les Belges bougent davantage', lang: 'fr', marked: 'en' }]);
		expect(r.marked).toBe(1);
		expect(r.bareDaggers).toEqual(['Brussels: 34.0% †']);
	});
});
