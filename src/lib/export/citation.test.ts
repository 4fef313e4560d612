import { describe, expect, it } from 'vitest';
import type { Lang } from '../i18n/langs.ts';
import { bibtexUrl, citation, citationSlug, escapeBibtex, longDate, type CitationInput } from './citation.ts';

const sciensano = {
	publisher: 'Sciensano',
	title: 'Gezondheidsenquête 2023-24 (persbericht)',
	year: 2025,
	url: 'https://www.sciensano.be/nl/node/77436'
};
const view = 'https://bewegeninbelgie.be/nl/indicator/pa_aerobic_who_ehispaq?region=BE';

function input(lang: Lang, overrides: Partial<CitationInput> = {}): CitationInput {
	return {
		lang,
		indicatorId: 'pa_aerobic_who_ehispaq',
		indicatorLabel: 'Voldoende aerobe beweging (WHO)',
		sources: [sciensano],
		surveyLabels: ['Gezondheidsenquête 2018', 'Gezondheidsenquête 2023'],
		siteName: 'Bewegen in België',
		siteUrl: 'https://bewegeninbelgie.be',
		viewUrl: view,
		accessed: '2026-11-25',
		...overrides
	};
}

const nbsp = '\u00a0';
const nnbsp = '\u202f';
const src = 'Sciensano (2025). Gezondheidsenquête 2023-24 (persbericht). https://www.sciensano.be/nl/node/77436';

describe('citation', () => {
	it.each<[Lang, string]>([
		[
			'nl',
			`${src} — Enquêtes: Gezondheidsenquête 2018; Gezondheidsenquête 2023 — Bewegen in België (https://bewegeninbelgie.be): Voldoende aerobe beweging (WHO). Geraadpleegd op 25 november 2026, van ${view}`
		],
		[
			'fr',
			`${src} — Enquêtes${nbsp}: Gezondheidsenquête 2018${nnbsp}; Gezondheidsenquête 2023 — Bewegen in België (https://bewegeninbelgie.be)${nbsp}: Voldoende aerobe beweging (WHO). Consulté le 25 novembre 2026, sur ${view}`
		],
		[
			'en',
			`${src} — Surveys: Gezondheidsenquête 2018; Gezondheidsenquête 2023 — Bewegen in België (https://bewegeninbelgie.be): Voldoende aerobe beweging (WHO). Retrieved 25 November 2026, from ${view}`
		]
	])('plain (%s) names the original source first, then the site, view and access date', (lang, expected) => {
		expect(citation(input(lang)).plain).toBe(expected);
	});

	it.each<[Lang, string]>([
		[
			'nl',
			`Bewegen in België. (z.d.). Voldoende aerobe beweging (WHO): Gezondheidsenquête 2018; Gezondheidsenquête 2023 [Dataset]. Geraadpleegd op 25 november 2026, van ${view}`
		],
		[
			'fr',
			`Bewegen in België. (s.d.). Voldoende aerobe beweging (WHO)${nbsp}: Gezondheidsenquête 2018${nnbsp}; Gezondheidsenquête 2023 [Jeu de données]. Consulté le 25 novembre 2026, sur ${view}`
		],
		[
			'en',
			`Bewegen in België. (n.d.). Voldoende aerobe beweging (WHO): Gezondheidsenquête 2018; Gezondheidsenquête 2023 [Data set]. Retrieved 25 November 2026, from ${view}`
		]
	])('apa (%s) lists the source reference, then the site reference', (lang, site) => {
		expect(citation(input(lang)).apa).toBe(
			`Sciensano. (2025). Gezondheidsenquête 2023-24 (persbericht). https://www.sciensano.be/nl/node/77436\n${site}`
		);
	});

	it.each<[Lang, string]>([
		['nl', 'Geraadpleegd op 2026-11-25; oorspronkelijke bron: '],
		['fr', 'Consulté le 2026-11-25\\,; source originale~: '],
		['en', 'Accessed 2026-11-25; original source: ']
	])('bibtex (%s) is a @misc entry with a stable key, the view URL and the original source', (lang, notePrefix) => {
		const { bibtex } = citation(input(lang));
		const colon = lang === 'fr' ? '~: ' : ': ';
		const semicolon = lang === 'fr' ? '\\,; ' : '; ';
		expect(bibtex).toBe(
			[
				'@misc{bewegeninbelgie_pa_aerobic_who_ehispaq_2026,',
				`  title = {{Voldoende aerobe beweging (WHO)${colon}Gezondheidsenquête 2018${semicolon}Gezondheidsenquête 2023}},`,
				'  author = {{Bewegen in België}},',
				'  organization = {Bewegen in België},',
				'  year = {2026},',
				`  howpublished = {\\url{${view}}},`,
				'  urldate = {2026-11-25},',
				`  note = {${notePrefix}Sciensano (2025). Gezondheidsenquête 2023-24 (persbericht). \\url{https://www.sciensano.be/nl/node/77436}}`,
				'}'
			].join('\n')
		);
	});

	it('names several sources in the given order, drops duplicates and writes "n.d." for a missing year', () => {
		const levif = { publisher: 'Le Vif', title: 'Grande enquête', year: null, url: 'https://www.levif.be/x' };
		const c = citation(input('en', { sources: [sciensano, levif, sciensano], surveyLabels: ['HIS 2023', 'HIS 2023'] }));
		expect(
			c.plain.startsWith(`${src}; Le Vif (n.d.). Grande enquête. https://www.levif.be/x — Survey: HIS 2023 — `)
		).toBe(true);
		expect(c.apa.split('\n')).toHaveLength(3);
		expect(c.apa.split('\n')[1]).toBe('Le Vif. (n.d.). Grande enquête. https://www.levif.be/x');
		expect(c.bibtex).toContain('original sources: Sciensano (2025)');
		expect(c.bibtex).toContain('; Le Vif (n.d.). Grande enquête. \\url{https://www.levif.be/x}');
	});

	it('leaves out the survey part when there is none and keeps a title that ends with a full stop', () => {
		const c = citation(input('en', { surveyLabels: [], sources: [{ ...sciensano, title: 'Report Vol. 2.' }] }));
		expect(c.plain).toBe(
			`Sciensano (2025). Report Vol. 2. https://www.sciensano.be/nl/node/77436 — Bewegen in België (https://bewegeninbelgie.be): Voldoende aerobe beweging (WHO). Retrieved 25 November 2026, from ${view}`
		);
		expect(c.bibtex).toContain('title = {{Voldoende aerobe beweging (WHO)}}');
	});

	it('escapes special characters in every BibTeX field', () => {
		const c = citation(
			input('en', {
				indicatorId: 'x.y',
				indicatorLabel: '50% & more_{a}',
				sources: [{ publisher: 'A & B', title: 'C#1 ~ $2', year: 2020, url: 'https://e.org/a%20b?x={1}#frag' }]
			})
		);
		expect(c.bibtex).toContain('@misc{bewegeninbelgie_x_y_2026,');
		expect(c.bibtex).toContain('title = {{50\\% \\& more\\_\\{a\\}: ');
		expect(c.bibtex).toContain('A \\& B (2020). C\\#1 \\~{} \\$2. \\url{https://e.org/a\\%20b?x=\\%7B1\\%7D\\#frag}');
		// The plain and APA texts are not escaped.
		expect(c.plain).toContain('A & B (2020). C#1 ~ $2. https://e.org/a%20b?x={1}#frag');
	});

	it.each([
		['no source', { sources: [] }, /at least one original source/],
		['a bad access date', { accessed: '2026-13-01' }, /not an ISO date/]
	])('throws on %s', (_name, overrides, error) => {
		expect(() => citation(input('nl', overrides))).toThrow(error);
	});
});

describe('escapeBibtex', () => {
	it.each([
		['50%', '50\\%'],
		['A & B', 'A \\& B'],
		['$5', '\\$5'],
		['#1', '\\#1'],
		['a_b', 'a\\_b'],
		['x^2', 'x\\^{}2'],
		['~', '\\~{}'],
		['{x}', '\\{x\\}'],
		['C:\\dir', 'C:\\textbackslash{}dir'],
		['\\{', '\\textbackslash{}\\{'],
		['a\u00a0b', 'a~b'],
		['Belgique — été', 'Belgique — été']
	])('escapeBibtex(%j) gives %j', (text, expected) => {
		expect(escapeBibtex(text)).toBe(expected);
	});
});

describe('bibtexUrl', () => {
	it.each([
		['https://e.org/a', '\\url{https://e.org/a}'],
		['https://e.org/a%20b#c', '\\url{https://e.org/a\\%20b\\#c}'],
		['https://e.org/{x} y\\', '\\url{https://e.org/\\%7Bx\\%7D\\%20y\\%5C}']
	])('bibtexUrl(%j) gives %j', (url, expected) => {
		expect(bibtexUrl(url)).toBe(expected);
	});
});

describe('citationSlug and longDate', () => {
	it.each([
		['Bewegen in België', 'bewegeninbelgie'],
		['Bouger en Belgique', 'bougerenbelgique'],
		['Moving in Belgium!', 'movinginbelgium']
	])('citationSlug(%j) gives %j', (text, expected) => {
		expect(citationSlug(text)).toBe(expected);
	});

	it.each<[Lang, string]>([
		['nl', '1 maart 2026'],
		['fr', '1 mars 2026'],
		['en', '1 March 2026']
	])('longDate("2026-03-01", %s) gives %j in UTC', (lang, expected) => {
		expect(longDate('2026-03-01', lang)).toBe(expected);
	});
});
