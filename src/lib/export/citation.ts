// How to cite a view: the original source(s) first, then this site with the view URL and the access
// date. Plain text, APA 7 and BibTeX.
import type { Lang } from '../i18n/langs.ts';
import { dateFormat } from '../i18n/date-format.ts';
import { assertIsoDate } from './iso-date.ts';
import { t } from '../i18n/messages.ts';

export interface CitedSource {
	publisher: string;
	title: string;
	/** The title's own language (BCP 47), so a page can mark it; omitted when unknown. */
	titleLang?: string;
	/** Publication year; null when the source states none (APA "n.d."). */
	year: number | null;
	url: string;
}

export interface CitationInput {
	lang: Lang;
	/** Indicator id, for the BibTeX key. */
	indicatorId: string;
	indicatorLabel: string;
	/** Original sources, in the order they should be named (primary first). */
	sources: readonly CitedSource[];
	surveyLabels: readonly string[];
	siteName: string;
	siteUrl: string;
	/** The exact view (page URL with its state). */
	viewUrl: string;
	/** ISO date `YYYY-MM-DD`. */
	accessed: string;
}

/** A run of citation text; a source title carries its own language. */
export interface CitationPart {
	text: string;
	lang?: string;
}

export interface Citation {
	plain: string;
	apa: string;
	bibtex: string;
	/** `plain` and `apa` as runs, for a page that marks each title's language (WCAG 3.1.2). */
	plainParts: CitationPart[];
	apaParts: CitationPart[];
}

const textOf = (parts: readonly CitationPart[]) => parts.map((p) => p.text).join('');

/** The groups joined by a separator, as one list of runs. */
function joinParts(groups: readonly (readonly CitationPart[])[], separator: string): CitationPart[] {
	return groups.flatMap((group, i) => (i === 0 ? [...group] : [{ text: separator }, ...group]));
}

const bibtexSpecials: Record<string, string> = {
	'\\': '\\textbackslash{}',
	'{': '\\{',
	'}': '\\}',
	'%': '\\%',
	'&': '\\&',
	$: '\\$',
	'#': '\\#',
	_: '\\_',
	'^': '\\^{}',
	'~': '\\~{}',
	'\u00a0': '~',
	'\u202f': '\\,'
};

/**
 * Escapes the characters BibTeX/LaTeX treat specially, in one pass; a no-break space becomes `~` and
 * a narrow one `\\,`. @example escapeBibtex('50%') // "50\\%"
 */
export function escapeBibtex(text: string): string {
	return text.replace(/[\\{}%&$#_^~\u00a0\u202f]/g, (c) => bibtexSpecials[c] ?? c);
}

/** A URL for `\url{…}` inside a BibTeX field: braces, backslashes and spaces percent-encoded, `%` and `#` escaped. */
export function bibtexUrl(url: string): string {
	const encoded = url.replace(/[{}\\ ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
	return `\\url{${encoded.replace(/[%#]/g, (c) => `\\${c}`)}}`;
}

/** "Bewegen in België" → "bewegeninbelgie": ASCII letters and digits only. */
export function citationSlug(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]/g, '');
}

/** A long date in the language, e.g. "25 november 2026" (nl), "25 novembre 2026" (fr), "25 November 2026" (en). */
export function longDate(isoDate: string, lang: Lang): string {
	assertIsoDate(isoDate, 'longDate');
	return dateFormat(lang, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${isoDate}T00:00:00Z`));
}

function unique<T>(items: readonly T[], key: (item: T) => string): T[] {
	const seen = new Set<string>();
	return items.filter((item) => {
		const k = key(item);
		if (seen.has(k)) return false;
		seen.add(k);
		return true;
	});
}

/** Adds a full stop unless the text already ends with one (APA: "Sciensano." but "Inc." stays). */
function sentence(text: string): string {
	return /[.?!]$/.test(text) ? text : `${text}.`;
}

/**
 * Citations naming the original source(s) first and then the site, with the view URL and access date.
 * Throws when no source is given: a figure is never cited without its origin.
 */
export function citation(input: CitationInput): Citation {
	assertIsoDate(input.accessed, 'citation: accessed');
	const sources = unique(input.sources, (s) => JSON.stringify([s.publisher, s.title, s.year, s.url]));
	if (sources.length === 0) throw new Error('citation: at least one original source is needed');
	const surveys = unique(input.surveyLabels, (s) => s);
	const lang = input.lang;
	const noDate = t(lang, 'cite_no_date');
	const year = (s: CitedSource) => (s.year === null ? noDate : String(s.year));
	const retrieved = t(lang, 'cite_retrieved', { date: longDate(input.accessed, lang), url: input.viewUrl });
	const colon = t(lang, 'cite_colon');
	const semicolon = t(lang, 'list_separator');
	const titled =
		surveys.length > 0 ? `${input.indicatorLabel}${colon}${surveys.join(semicolon)}` : input.indicatorLabel;
	const titlePart = (s: CitedSource): CitationPart =>
		s.titleLang ? { text: sentence(s.title), lang: s.titleLang } : { text: sentence(s.title) };
	const sourceParts = (s: CitedSource, publisher: string): CitationPart[] => [
		{ text: `${publisher} (${year(s)}). ` },
		titlePart(s),
		{ text: ` ${s.url}` }
	];

	const plainParts = joinParts(
		[
			joinParts(
				sources.map((s) => sourceParts(s, s.publisher)),
				semicolon
			),
			...(surveys.length > 0
				? [[{ text: `${t(lang, 'cite_surveys', { count: surveys.length })}${colon}${surveys.join(semicolon)}` }]]
				: []),
			[{ text: `${input.siteName} (${input.siteUrl})${colon}${sentence(input.indicatorLabel)} ${retrieved}` }]
		],
		' — '
	);

	const apaParts = joinParts(
		[
			...sources.map((s) => sourceParts(s, sentence(s.publisher))),
			[{ text: `${sentence(input.siteName)} (${noDate}). ${titled} [${t(lang, 'cite_dataset')}]. ${retrieved}` }]
		],
		'\n'
	);

	const accessedYear = input.accessed.slice(0, 4);
	const indicatorKey = input.indicatorId.toLowerCase().replace(/[^a-z0-9_-]/g, '_');
	const key = [citationSlug(input.siteName), indicatorKey, accessedYear].join('_');
	const original = sources
		.map((s) => `${escapeBibtex(`${s.publisher} (${year(s)}). ${sentence(s.title)}`)} ${bibtexUrl(s.url)}`)
		.join(escapeBibtex(semicolon));
	const notePrefix = escapeBibtex(
		`${t(lang, 'cite_accessed', { date: input.accessed })}${semicolon}${t(lang, 'cite_original_source', { count: sources.length })}${colon}`
	);
	const fields: [string, string][] = [
		['title', `{${escapeBibtex(titled)}}`],
		['author', `{${escapeBibtex(input.siteName)}}`],
		['organization', escapeBibtex(input.siteName)],
		['year', accessedYear],
		['howpublished', bibtexUrl(input.viewUrl)],
		['urldate', input.accessed],
		['note', `${notePrefix}${original}`]
	];
	const bibtex = `@misc{${key},\n${fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n')}\n}`;
	return { plain: textOf(plainParts), apa: textOf(apaParts), bibtex, plainParts, apaParts };
}
