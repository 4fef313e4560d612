// The sentences and descriptions of the views, on the real catalogue (data/), in nl, fr and en.
import { describe, expect, it } from 'vitest';
import { langs, type Lang } from '../i18n/langs.ts';
import type { ViewState } from '../state/view-state.ts';
import { indicatorPageData } from './indicator-data.ts';
import { buildIndicatorView } from './indicator-view.ts';
import { realCatalogue } from '../../../tests/real-catalogue.ts';

const catalogue = realCatalogue();

/** French writes a narrow no-break space before % (format/number.ts tests it); plain here for legibility. */
const plain = (text: string) => text.replaceAll('\u202f', ' ');
function view(id: string, breakdown: string, state: ViewState, lang: Lang) {
	const v = buildIndicatorView(indicatorPageData(catalogue!, id, lang), breakdown, state, lang);
	return { ...v, description: plain(v.description), sentences: v.sentences.map(plain) };
}
const bar = (year: string, region = 'BE'): ViewState => ({ view: 'bar', year, region });

describe('a flagged value carries its † in the sentence', () => {
	const expected: Record<Lang, string> = {
		nl: 'Volwassenen die de WHO-aanbeveling voor aerobe beweging halen: 34,9% † in 2023-24 (België), tegenover 30,1% in 2018.',
		fr: 'Adultes atteignant la recommandation de l’OMS en activité aérobie : 34,9 % † en 2023-24 (Belgique), contre 30,1 % en 2018.',
		en: 'Adults meeting the WHO aerobic activity recommendation: 34.9% † in 2023-24 (Belgium), compared with 30.1% in 2018.'
	};
	it.each(langs)('%s', (lang) => {
		const v = view('pa_aerobic_who_ehispaq', 'total', bar('2023'), lang);
		expect(v.sentences[0]).toBe(expected[lang]);
	});
});

describe('a published CI is written in the description, and the sentence says whether CIs overlap', () => {
	const expected: Record<Lang, [string, string]> = {
		nl: ['Wereld: 31,3%, 95%-BI 28,6% tot 34,0%', 'De 95%-betrouwbaarheidsintervallen overlappen niet.'],
		fr: ['Monde : 31,3 %, IC à 95 % de 28,6 % à 34,0 %', 'Les intervalles de confiance à 95 % ne se chevauchent pas.'],
		en: ['World: 31.3%, 95% CI 28.6% to 34.0%', 'The 95% confidence intervals do not overlap.']
	};
	it.each(langs)('%s', (lang) => {
		const v = view('insufficient_pa_who_strain2024', 'total', bar('2022', 'WORLD'), lang);
		const [item, overlap] = expected[lang];
		expect(v.description).toContain(item);
		expect(v.sentences[1]).toBe(overlap);
	});
});

describe('age-standardised values say so (2018 bars by education)', () => {
	const expected: Record<Lang, string> = {
		nl: 'Deze cijfers zijn gestandaardiseerd naar leeftijd.',
		fr: 'Ces chiffres sont standardisés pour l’âge.',
		en: 'These figures are age-standardised.'
	};
	it.each(langs)('%s', (lang) => {
		const v = view('pa_aerobic_who_ehispaq', 'education', bar('2018'), lang);
		expect(v.sentences).toContain(expected[lang]);
		expect(v.description.endsWith(expected[lang])).toBe(true);
	});
	const mark: Record<Lang, string> = {
		nl: 'gestandaardiseerd naar leeftijd',
		fr: 'standardisé pour l’âge',
		en: 'age-standardised'
	};
	it.each(langs)('%s: each value says so in its table row and in its mark’s tooltip', (lang) => {
		const v = view('pa_aerobic_who_ehispaq', 'education', bar('2018'), lang);
		const published = v.table.filter((r) => r.ci !== '');
		expect(published.length).toBeGreaterThan(2);
		for (const row of published) expect(row.wave).toBe(`2018 · ${mark[lang]}`);
		const marks = (v.bar ?? []).filter((d) => d.value !== null);
		expect(marks.length).toBeGreaterThan(2);
		for (const d of marks) expect(d.ciText).toContain(mark[lang]);
	});
});

describe('two values of different age bases are not compared; the sentence says why', () => {
	const expected: Record<Lang, string[]> = {
		nl: [
			'Depressieve stoornis (PHQ-9): 13% † in 2023 (België).',
			'Niet vergelijkbaar met 2018: andere leeftijdsgroep (15+ tegenover 18+).'
		],
		fr: [
			'Trouble dépressif (PHQ-9) : 13 % † en 2023 (Belgique).',
			'Pas comparable avec 2018 : autre tranche d’âge (15+ contre 18+).'
		],
		en: [
			'Depressive disorder (PHQ-9): 13% † in 2023 (Belgium).',
			'Not comparable with 2018: a different age group (15+ versus 18+).'
		]
	};
	it.each(langs)('%s: bar sentences', (lang) => {
		expect(view('depressive_disorder_phq9', 'total', bar('2023'), lang).sentences).toEqual(expected[lang]);
	});

	it('the trend does not join the 18+ value of 2018 to the 15+ value of 2023', () => {
		const v = view('depressive_disorder_phq9', 'total', { view: 'trend', year: '2023', region: 'BE' }, 'en');
		const waves = v.trend?.segments.map((s) => s.points.map((p) => p.xLabel));
		expect(waves).toContainEqual(['2018']);
		expect(waves).toContainEqual(['2023']);
		expect(v.sentences).toContain(
			'Points without a joining line are not comparable: a different age group (18+ versus 15+).'
		);
	});
});

describe('a count of one is singular', () => {
	const expected: Record<Lang, string> = {
		nl: 'Staafdiagram, 1 staaf. België: 23% †.',
		fr: 'Diagramme en barres, 1 barre. Belgique : 23 % †.',
		en: 'Bar chart, 1 bar. Belgium: 23% †.'
	};
	it.each(langs)('%s', (lang) => {
		expect(view('pa_change_covid_more', 'total', bar('2020-04'), lang).description).toBe(expected[lang]);
	});
});

describe('a list of items is separated as each language writes it', () => {
	it.each([
		['nl', /% ?; Vrouwen/],
		['fr', /%\u202f; Femmes/],
		['en', /%; Women/]
	] as const)('%s', (lang, separator) => {
		const v = buildIndicatorView(
			indicatorPageData(catalogue, 'pa_aerobic_who_ehispaq', lang),
			'sex',
			bar('2018'),
			lang
		);
		expect(v.description).toMatch(separator);
	});
});
