// Export-specific wording per language (kept here, not in the message files: it is only used to build
// file contents and citations, never shown as UI chrome by itself).
import type { Lang } from '../i18n/langs.ts';

export interface CitationWording {
	/** APA "no date" for a continuously updated page. */
	noDate: string;
	/** APA bracketed description of a data view. */
	dataset: string;
	surveys: (count: number) => string;
	/** "Retrieved 25 November 2026, from https://…" with the date already localised. */
	retrieved: (date: string, url: string) => string;
	/** BibTeX note: access date as ISO and the original source(s). */
	accessed: (isoDate: string) => string;
	originalSource: (count: number) => string;
	/** ": " and "; " with French spacing (no-break space before ":", narrow no-break space before ";"). */
	colon: string;
	semicolon: string;
}

export const citationWording: Record<Lang, CitationWording> = {
	nl: {
		noDate: 'z.d.',
		dataset: 'Dataset',
		surveys: (n) => (n === 1 ? 'Enquête' : 'Enquêtes'),
		retrieved: (date, url) => `Geraadpleegd op ${date}, van ${url}`,
		accessed: (iso) => `Geraadpleegd op ${iso}`,
		originalSource: (n) => (n === 1 ? 'oorspronkelijke bron' : 'oorspronkelijke bronnen'),
		colon: ': ',
		semicolon: '; '
	},
	fr: {
		noDate: 's.d.',
		dataset: 'Jeu de données',
		surveys: (n) => (n === 1 ? 'Enquête' : 'Enquêtes'),
		retrieved: (date, url) => `Consulté le ${date}, sur ${url}`,
		accessed: (iso) => `Consulté le ${iso}`,
		originalSource: (n) => (n === 1 ? 'source originale' : 'sources originales'),
		colon: '\u00a0: ',
		semicolon: '\u202f; '
	},
	en: {
		noDate: 'n.d.',
		dataset: 'Data set',
		surveys: (n) => (n === 1 ? 'Survey' : 'Surveys'),
		retrieved: (date, url) => `Retrieved ${date}, from ${url}`,
		accessed: (iso) => `Accessed ${iso}`,
		originalSource: (n) => (n === 1 ? 'original source' : 'original sources'),
		colon: ': ',
		semicolon: '; '
	}
};
