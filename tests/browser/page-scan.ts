// Every built page read once, as text (no page load, no script): parsed by the shared Chromium's
// DOMParser on two pages at once, which is much faster than visiting them. One parse gives what
// page-text.test.ts checks: the texts a reader reads or hears (language, jargon, plurals), and the
// titles, the language marks of a source's own words and the names of flagged marks (accessibility).

import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { BUILD_DIR, ROOT, onPages } from './harness.ts';

export interface Foreign {
	/** Whole texts (quotes, column headers, titles) by their language. */
	exact: Record<string, string>;
	/**
	 * Titles that may also sit inside a longer text: those of four words or more. A shorter one is a
	 * name ("Bewegen op Verwijzing", the programme), which 3.1.2 exempts; a URL is no language.
	 */
	titles: { text: string; lang: string }[];
}

export interface PageScan {
	/** The page's `lang`. */
	lang: string;
	/** The texts a reader can read or hear, one per element (code samples and marked own words left out). */
	texts: string[];
	/** Texts inside <blockquote> or <q>: a source's own words, verbatim. */
	quotes: string[];
	/** The document's <title> elements (an SVG's own <title> is not one). */
	titles: string[];
	/** Texts of a source in another language than their nearest `lang` says, with that lang. */
	unmarked: { text: string; lang: string; marked: string }[];
	/** How many texts of a source in another language than the page are marked with their language. */
	marked: number;
	/** Accessible names of chart marks that have † and do not say what it stands for. */
	bareDaggers: string[];
}

const csv = (file: string) =>
	Papa.parse<Record<string, string>>(fs.readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data;

/** The words of each source in its own language: title, quotes and quote column headers (data/). */
export function foreignTexts(dir = path.join(ROOT, 'data')): Foreign {
	const sources = csv(path.join(dir, 'sources.csv'));
	const langOf = new Map(sources.map((s) => [s.id!, s.lang!]));
	const norm = (t: string) => t.replace(/\s+/g, ' ').trim();
	const out = new Map<string, string>();
	const titles = sources.map((s) => ({ text: norm(s.title!), lang: s.lang! }));
	for (const t of titles) out.set(t.text, t.lang);
	for (const f of fs.readdirSync(path.join(dir, 'observations')).filter((f) => f.endsWith('.csv')))
		for (const o of csv(path.join(dir, 'observations', f))) {
			const lang = langOf.get(o.source!) ?? '';
			for (const text of [o.source_quote, o.quote_context]) if (text) out.set(norm(text), lang);
		}
	const long = titles.filter((t) => t.text.split(' ').length >= 4 && !/^https?:/.test(t.text));
	return { exact: Object.fromEntries([...out].filter(([text]) => !/^https?:/.test(text))), titles: long };
}

/**
 * Runs in the browser (self-contained: it is sent as source). `foreign` is null when the page
 * already holds it as `window.__foreign` (sent once per page, not once per file).
 */
export function scanHtml([html, foreign]: [string, Foreign | null]): PageScan {
	const f = foreign ?? (window as unknown as { __foreign: Foreign }).__foreign;
	const doc = new DOMParser().parseFromString(html, 'text/html');
	const lang = doc.documentElement.getAttribute('lang') ?? '';
	const norm = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

	// Accessibility, on the document as built.
	const titles = [...doc.querySelectorAll('title')].filter((t) => !t.closest('svg')).map((t) => norm(t.textContent));
	const unmarked: PageScan['unmarked'] = [];
	let marked = 0;
	const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, NodeFilter.SHOW_TEXT);
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		const text = norm(node.textContent);
		const parent = node.parentElement;
		if (text.length < 12 || !parent || parent.closest('script, style, code, pre, textarea')) continue;
		const marks = parent.closest('[lang]')?.getAttribute('lang') ?? '';
		// A text node that is a source's words, or holds a source title inside a sentence. A title of
		// under four words outside a <cite> is a name ("Bewegen op Verwijzing" heads a story section).
		const name = text.split(' ').length < 4 && !parent.closest('cite');
		const own = name ? undefined : (f.exact[text] ?? f.titles.find((t) => text.includes(t.text))?.lang);
		if (own === undefined || own === lang) continue;
		if (own === marks) marked++;
		else unmarked.push({ text: text.slice(0, 120), lang: own, marked: marks });
	}
	const bareDaggers = [...doc.querySelectorAll('[data-mark][aria-label*="†"]')]
		.map((m) => m.getAttribute('aria-label') ?? '')
		.filter((label) => !/\(† \S/.test(label));

	// Reader text: without code samples, and without a source's own words marked with their
	// language (inside <cite>, <q> or <blockquote>) or a language link's endonym.
	doc.querySelectorAll('script, style, template, code, pre, kbd, samp, textarea').forEach((el) => el.remove());
	doc.querySelectorAll('[lang]').forEach((el) => {
		const foreignLang = el !== doc.documentElement && el.getAttribute('lang') !== lang;
		const ownWords = el.closest('cite, q, blockquote') !== null;
		const languageLink = el.getAttribute('hreflang') === el.getAttribute('lang');
		if (foreignLang && (ownWords || languageLink)) el.remove();
	});
	const texts: string[] = [];
	const quotes: string[] = [];
	const push = (s: string | null, into = texts) => {
		const text = norm(s);
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
	return { lang, texts: [...new Set(texts)], quotes: [...new Set(quotes)], titles, unmarked, marked, bareDaggers };
}

/** Scans every file (paths relative to build/) on `pages`, each page given `foreign` once. */
export async function scanFiles(
	pages: Page[],
	files: readonly string[],
	foreign: Foreign
): Promise<Map<string, PageScan>> {
	for (const p of pages)
		await p.evaluate((f) => ((window as unknown as { __foreign: Foreign }).__foreign = f), foreign);
	const results = new Map<string, PageScan>();
	await onPages(pages, files, async (page, file) => {
		const html = fs.readFileSync(path.join(BUILD_DIR, file), 'utf8');
		results.set(file, await page.evaluate(scanHtml, [html, null] as [string, null]));
	});
	return new Map([...files].filter((f) => results.has(f)).map((f) => [f, results.get(f)!]));
}
