// What a reader must not read on a page: English on a Dutch or French page, internal ids, file and
// crosswalk references, region codes, unfilled placeholders and "1 bars"-type plural slips. Pure
// functions over the texts of a page (extracted by scanHtml() in page-scan.ts); used by
// tests/browser/page-text.test.ts.

import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { locales, type Lang } from '../../src/lib/i18n/langs.ts';
import { messages, messageTexts } from '../../src/lib/i18n/messages.ts';

export interface Finding {
	/** What is wrong, e.g. `english word "the"` or `internal id "secondary_source"`. */
	offence: string;
	/** The offending characters themselves. */
	match: string;
	text: string;
}

/** English words that are no Dutch or French word (so "is", "in", "of", "was", "men", "an", "question" are left out). */
const ENGLISH_WORDS = [
	'the', 'and', 'with', 'from', 'not', 'which', 'were', 'been', 'have', 'has', 'this', 'that',
	'these', 'those', 'than', 'between', 'only', 'also', 'for', 'by', 'to', 'are', 'without',
	'when', 'where', 'their', 'its', 'into', 'after', 'before', 'each', 'every', 'other',
	'more', 'stated', 'unknown', 'release', 'survey', 'surveys', 'report',
	'copy', 'estimate', 'estimates', 'adults', 'people', 'women', 'years', 'January', 'February',
	'March', 'May', 'June', 'July', 'August', 'October'
]; // prettier-ignore

// A word stands alone: "to" in "face-to-face" (Dutch and French use the English loan) is no finding.
const letterBounded = (words: string) => new RegExp(`(?<![\\p{L}\\d_-])(?:${words})(?![\\p{L}\\d_-])`, 'giu');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ENGLISH = letterBounded(ENGLISH_WORDS.join('|'));
const letters = (s: string) => (s.match(/\p{L}/gu) ?? []).length;

/**
 * English fragments of the catalogue (the text between placeholders) that do not occur in the
 * page language's catalogue: "no data", "Plain text", "Bar chart", … on an nl page are slips.
 */
function catalogueEnglish(lang: Lang): RegExp | null {
	if (lang === 'en') return null;
	const own = messageTexts(lang).join('\n').toLowerCase();
	const fragments = messageTexts('en')
		.flatMap((text) => text.split(/\{\w+\}/))
		.map((f) => f.replace(/^[\s.,:;()·—–-]+|[\s.,:;()·—–-]+$/g, ''))
		.filter((f) => (f.includes(' ') ? letters(f) >= 6 : letters(f) >= 7) && !own.includes(f.toLowerCase()));
	const unique = [...new Set(fragments)].sort((a, b) => b.length - a.length);
	return letterBounded(unique.map(escape).join('|'));
}

/**
 * The "other" form of a counted message written with a count that takes another form in that
 * language ("1 staven", "0 barres"), as a pattern with the other placeholders left open.
 */
function pluralSlips(lang: Lang): RegExp[] {
	const rules = new Intl.PluralRules(locales[lang]);
	return Object.values(messages[lang]).flatMap((message) => {
		if (typeof message === 'string') return [];
		return [0, 1].flatMap((n) => {
			const form = message[rules.select(n)];
			// Without {count} in the text, a page does not show which count it was written for.
			if (!form || form === message.other || !message.other.includes('{count}')) return [];
			const parts = message.other.split(/(\{\w+\})/).map((p) => {
				if (p === '{count}') return `(?<!\\d)${n}(?!\\d)`;
				return /^\{\w+\}$/.test(p) ? '.*?' : escape(p);
			});
			return [new RegExp(parts.join(''), 'u')];
		});
	});
}

/** URLs and site paths, which a reader may read (share link, citation) and which hold ids by design. */
const ADDRESS = /\bhttps?:\/\/\S+|(?<![\p{L}\d])\/(?:nl|fr|en|api|downloads)\/\S*/gu;
/** Creative Commons licence names ("CC BY 4.0") are names, not English. */
const LICENCE = /\bCC BY(?:-[A-Z]{2})*(?: \d\.\d)?\b/g;
const FILE_NAME = /(?<![\p{L}\d])[\w-]+\.(?:csv|tsv|json|xlsx?|ts|mjs|js|md|txt)\b/giu;
const JARGON: { name: string; pattern: RegExp; codebookToo: boolean }[] = [
	{ name: 'crosswalk reference', pattern: /crosswalk/giu, codebookToo: true },
	{ name: 'file line reference', pattern: /[\w-]+\.(?:csv|json|ts|mjs|md):\d+/giu, codebookToo: true },
	{ name: 'file reference', pattern: FILE_NAME, codebookToo: false },
	{ name: 'internal id', pattern: /(?<![\p{L}\d_-])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\p{L}\d_-])/gu, codebookToo: false },
	{ name: 'internal id', pattern: /(?<![\p{L}\d_-])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?![\p{L}\d_-])/gu, codebookToo: false },
	{ name: 'region code', pattern: /(?<![\p{L}\d-])BE-(?:VLG|BRU|WAL)(?![\p{L}\d])/gu, codebookToo: false },
	{ name: 'unfilled placeholder', pattern: /\{\w+\}/gu, codebookToo: true }
]; // prettier-ignore

export interface Detector {
	/** Words and catalogue fragments in English on a Dutch or French page. */
	english(text: string): Finding[];
	/** Internal ids, file/crosswalk references, region codes and placeholders; `codebook` allows ids and file names. */
	jargon(text: string, codebook: boolean): Finding[];
	/** Catalogue text in the page's language written with the wrong plural form. */
	plural(text: string): Finding[];
}

const found = (text: string, pattern: RegExp, label: (m: string) => string): Finding[] =>
	[...text.matchAll(pattern)].map((m) => ({ offence: label(m[0]), match: m[0], text }));

/**
 * Publishers' names that data/sources.csv leaves untranslated (the same in nl, fr and en: "The
 * Bulletin", "Imperial College London"): proper names, which WCAG 3.1.2 exempts from language marks.
 */
export function properNames(dir: string): string[] {
	const rows = Papa.parse<Record<string, string>>(fs.readFileSync(path.join(dir, 'sources.csv'), 'utf8'), {
		header: true,
		skipEmptyLines: true
	}).data;
	const names = rows.filter(
		(r) => r.publisher_nl && r.publisher_nl === r.publisher_fr && r.publisher_fr === r.publisher_en
	);
	return [...new Set(names.map((r) => r.publisher_nl!))].sort((x, y) => y.length - x.length);
}

export function detector(lang: Lang, names: readonly string[] = []): Detector {
	const proper = names.length > 0 ? new RegExp(names.map(escape).join('|'), 'gu') : null;
	const fragments = catalogueEnglish(lang);
	const slips = pluralSlips(lang);
	return {
		english: (text) => {
			if (lang === 'en') return [];
			const named = proper ? text.replace(proper, ' ') : text;
			const bare = named.replace(ADDRESS, ' ').replace(FILE_NAME, ' ').replace(LICENCE, ' ');
			return [
				...found(bare, ENGLISH, (m) => `English word "${m.toLowerCase()}"`),
				...(fragments ? found(bare, fragments, (m) => `English catalogue text "${m}"`) : [])
			].map((f) => ({ ...f, text }));
		},
		jargon: (text, codebook) => {
			const bare = text.replace(ADDRESS, ' ');
			return JARGON.filter((j) => j.codebookToo || !codebook).flatMap((j) =>
				found(bare, j.pattern, (m) => `${j.name} "${m}"`).map((f) => ({ ...f, text }))
			);
		},
		plural: (text) => slips.flatMap((slip) => found(text, new RegExp(slip, 'gu'), (m) => `plural slip "${m}"`))
	};
}

/** Every text cell of the CSV files in `dir` (data/), lower-cased: what the data put on a page. */
export function dataCells(dir: string): string[] {
	const files = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.csv'));
	const cells = files.flatMap((f) => Papa.parse<string[]>(fs.readFileSync(path.join(dir, f), 'utf8')).data.flat());
	return [...new Set(cells.filter((c) => /\p{L}{2}/u.test(c)).map((c) => c.toLowerCase()))];
}

/**
 * Whether a finding comes from the data rather than the interface: a cell of data/ that holds the
 * offending characters appears in the text (a note, an instrument, a source title, a quote), or
 * the text is a piece of such a cell.
 */
export function fromData(finding: Finding, cells: readonly string[]): boolean {
	const text = finding.text.toLowerCase();
	const match = finding.match.toLowerCase();
	return cells.some((c) => c.includes(match) && (text.includes(c) || c.includes(text) || wrapped(text, c, match)));
}

/** Longest line of a wrapped chart label: a chart breaks a long label over several <text> lines. */
const LINE = 60;

/** Whether a chart line starts with the end of the cell or ends with its start, the match inside. */
function wrapped(line: string, cell: string, match: string): boolean {
	if (line.length > LINE) return false;
	for (let k = Math.min(line.length, cell.length); k >= match.length; k--) {
		const head = line.slice(0, k);
		const tail = line.slice(line.length - k);
		if ((cell.endsWith(head) && head.includes(match)) || (cell.startsWith(tail) && tail.includes(match))) return true;
	}
	return false;
}
