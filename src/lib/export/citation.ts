// How to cite a view: the original source(s) first, then this site with the view URL and the access
// date. Plain text, APA 7 and BibTeX.
import { locales, type Lang } from '../i18n/langs.ts';
import { assertIsoDate } from './rows.ts';
import { t } from '../i18n/messages.ts';

export interface CitedSource {
	publisher: string;
	title: string;
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

export interface Citation {
	plain: string;
	apa: string;
	bibtex: string;
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
	return new Intl.DateTimeFormat(locales[lang], {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(new Date(`${isoDate}T00:00:00Z`));
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
	const semicolon = t(lang, 'cite_semicolon');
	const titled =
		surveys.length > 0 ? `${input.indicatorLabel}${colon}${surveys.join(semicolon)}` : input.indicatorLabel;
	const sourceText = (s: CitedSource) => `${s.publisher} (${year(s)}). ${sentence(s.title)} ${s.url}`;

	const plain = [
		sources.map(sourceText).join(semicolon),
		...(surveys.length > 0
			? [`${t(lang, 'cite_surveys', { count: surveys.length })}${colon}${surveys.join(semicolon)}`]
			: []),
		`${input.siteName} (${input.siteUrl})${colon}${sentence(input.indicatorLabel)} ${retrieved}`
	].join(' — ');

	const apa = [
		...sources.map((s) => `${sentence(s.publisher)} (${year(s)}). ${sentence(s.title)} ${s.url}`),
		`${sentence(input.siteName)} (${noDate}). ${titled} [${t(lang, 'cite_dataset')}]. ${retrieved}`
	].join('\n');

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
	return { plain, apa, bibtex };
}
