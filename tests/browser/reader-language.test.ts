// Everything a reader reads is in the page's language: every built nl and fr page (visible text,
// alt, aria-label, title, SVG <title>/<desc>, share tags) holds no English, and no page in any
// language shows internal ids, file or crosswalk references, region codes or a wrong plural form.
// Pages are parsed by Chromium's DOMParser (no page load, no script), which is much faster than
// visiting them. Allowed: code samples (<code>, <pre>, <textarea>), a source's own words marked
// with their language inside <cite>, <q> or <blockquote>, the language switch's endonyms, and on
// the data page (the codebook) column identifiers and file names.

import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BUILD_DIR, LANGS, listHtmlFiles, onPages, withSite, type Lang } from './harness.ts';
import { dataCells, detector, fromData, properNames, type Finding } from './reader-text.ts';

interface PageTexts {
	lang: string;
	texts: string[];
	/** Texts inside <blockquote> or <q>: a source's own words, verbatim. */
	quotes: string[];
}

/** Runs in the browser: the texts a reader can read or hear on a page, one per element. */
function readerTexts(html: string): PageTexts {
	const doc = new DOMParser().parseFromString(html, 'text/html');
	const lang = doc.documentElement.lang;
	doc.querySelectorAll('script, style, template, code, pre, kbd, samp, textarea').forEach((el) => el.remove());
	doc.querySelectorAll('[lang]').forEach((el) => {
		const foreign = el !== doc.documentElement && el.getAttribute('lang') !== lang;
		const ownWords = el.closest('cite, q, blockquote') !== null;
		const languageLink = el.getAttribute('hreflang') === el.getAttribute('lang');
		if (foreign && (ownWords || languageLink)) el.remove();
	});
	const texts: string[] = [];
	const quotes: string[] = [];
	const push = (s: string | null, into = texts) => {
		const text = (s ?? '').replace(/\s+/g, ' ').trim();
		if (text) into.push(text);
	};
	push(doc.title);
	const shared = ['description', 'og:title', 'og:description', 'og:image:alt', 'twitter:title', 'twitter:description'];
	doc.querySelectorAll('meta').forEach((m) => {
		if (shared.includes(m.getAttribute('name') ?? m.getAttribute('property') ?? '')) push(m.getAttribute('content'));
	});
	doc.body.querySelectorAll('*').forEach((el) => {
		for (const a of ['alt', 'aria-label', 'title', 'placeholder', 'aria-description']) push(el.getAttribute(a));
		if ([...el.childNodes].some((n) => n.nodeType === 3 && (n.textContent ?? '').trim())) {
			push(el.textContent, el.closest('blockquote, q') ? quotes : texts);
		}
	});
	return { lang, texts: [...new Set(texts)], quotes: [...new Set(quotes)] };
}

const htmlFiles = (lang: Lang) => listHtmlFiles().filter((f) => f.startsWith(`${lang}/`));

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
beforeAll(async () => {
	pages = [await env.browser.newPage(), await env.browser.newPage()];
});

const parse = (html: string, page = pages[0]!) => page.evaluate(readerTexts, html);

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

	beforeAll(async () => {
		await onPages(pages, htmlFiles(lang), async (page, file) => {
			const parsed = await parse(fs.readFileSync(path.join(BUILD_DIR, file), 'utf8'), page);
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
		});
	}, 600_000);

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
