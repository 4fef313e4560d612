// The compare view's model on the real catalogue: its sentences in nl, fr and en (each pattern with
// its †, CI caveats, age-standardisation, populations, no causal claim), its panels and the CSV of
// exactly the compared rows.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { langs, type Lang } from '../i18n/langs.ts';
import type { ComparePair } from './compare.ts';
import type { CompareData } from './compare-data.ts';
import { compareView, pageDataOf } from './compare-view.ts';
import { downloadFile } from './downloads.ts';
import { realCompareData } from '../../../tests/real-catalogue.ts';

const { data, headline } = realCompareData();
const pairs = data.en.pairs;

/** French writes a narrow no-break space before % and :; plain here for legibility. */
const plain = (text: string) => text.replaceAll('\u202f', ' ');

describe('the sentences of a comparison', () => {
	const expected: Record<Lang, string[]> = {
		nl: [
			'Volwassenen die de WHO-aanbeveling voor aerobe beweging halen — Hoogste waarde: Mannen (36%); laagste: Vrouwen (25%).',
			'Depressieve stoornis (PHQ-9) — Hoogste waarde: Vrouwen (10,6% †); laagste: Mannen (7,9% †).'
		],
		fr: [
			'Adultes atteignant la recommandation de l’OMS en activité aérobie — Valeur la plus élevée : Hommes (36 %) ; la plus basse : Femmes (25 %).',
			'Trouble dépressif (PHQ-9) — Valeur la plus élevée : Femmes (10,6 % †) ; la plus basse : Hommes (7,9 % †).'
		],
		en: [
			'Adults meeting the WHO aerobic activity recommendation — Highest: Men (36%); lowest: Women (25%).',
			'Depressive disorder (PHQ-9) — Highest: Women (10.6% †); lowest: Men (7.9% †).'
		]
	};
	const caveat: Record<Lang, RegExp> = {
		nl: /zeggen niets over de vraag of mensen die meer bewegen een betere mentale gezondheid hebben/,
		fr: /ne disent rien sur la question de savoir si les personnes qui bougent davantage ont une meilleure santé mentale/,
		en: /say nothing about whether people who move more have better mental health/
	};
	it.each(langs)('%s: each pattern with its †, one CI caveat for both, the populations, no causal claim', (lang) => {
		const view = compareView(data[lang], headline, lang);
		const sentences = view.sentences.map(plain);
		expect(sentences.slice(0, 2)).toEqual(expected[lang]);
		expect(sentences.filter((s) => s.includes('18+') && s.includes('15+'))).toHaveLength(1);
		expect(sentences.at(-1)).toMatch(caveat[lang]);
		expect(view.caveat).toBe(view.sentences.at(-1));
		expect(new Set(view.sentences).size).toBe(view.sentences.length);
	});

	it('names each indicator with its own CI sentence when one has CIs and the other not', () => {
		const withCi: CompareData = {
			...data.en,
			observations: data.en.observations.map((o) =>
				o.indicator === headline.a && o.survey === 'HIS_2018' && o.breakdown === 'sex'
					? { ...o, ciLow: o.value - 1, ciHigh: o.value + 1 }
					: o
			)
		};
		const sentences = compareView(withCi, headline, 'en').sentences;
		expect(sentences).toContain(
			'Adults meeting the WHO aerobic activity recommendation — The 95% confidence intervals do not overlap.'
		);
		expect(sentences.some((s) => s.startsWith('Depressive disorder (PHQ-9) — No confidence intervals'))).toBe(true);
	});

	it('lists both indicators the same groups in one order, "no data" where one published nothing', () => {
		const p = pairs.find((q) => q.a === 'cycling_any_purpose_weekly' && q.breakdown === 'education') as ComparePair;
		const [cycling, active] = compareView(data.en, p, 'en').panels;
		expect(cycling.bar.map((d) => [d.label, d.display])).toEqual([
			['Primary education or less', '31.3%'],
			['Upper secondary education', 'no data'],
			['Tertiary education', '47.2%'],
			['Secondary education (not split)', '37.2%']
		]);
		expect(active.bar.map((d) => d.display)).toEqual(['59.1%', '65.8%', '66.3%', 'no data']);
		expect(active.table.map((r) => r.display)).toEqual(['59.1%', '65.8%', '66.3%', 'no data']);
	});

	it('says which figures are age-standardised, in the sentence, the description and the table', () => {
		const standardised: CompareData = {
			...data.fr,
			observations: data.fr.observations.map((o) =>
				o.indicator === headline.b ? { ...o, standardisation: 'age_standardised' } : o
			)
		};
		const view = compareView(standardised, headline, 'fr');
		expect(view.sentences).toContain('Les chiffres de « Trouble dépressif (PHQ-9) » sont standardisés pour l’âge.');
		expect(view.panels[1].description).toContain('standardisés pour l’âge');
		expect(view.panels[1].table.every((r) => r.wave.includes('standardisé'))).toBe(true);
		expect(view.panels[0].description).not.toContain('standardisés');
	});

	it('a flagged value keeps its † in the bar label, accessible name, description and table', () => {
		const view = compareView(data.nl, headline, 'nl');
		const dep = view.panels[1];
		expect(dep.bar.every((d) => d.flagged && d.flagNote)).toBe(true);
		expect(dep.description).toContain('10,6% †');
		expect(dep.table.every((r) => r.flagged)).toBe(true);
		expect(dep.flags.length).toBeGreaterThan(0);
	});
});

describe('the CSV of a comparison', () => {
	it('holds exactly the compared rows, each with its indicator, source and survey year', () => {
		const view = compareView(data.en, headline, 'en');
		const text = downloadFile(pageDataOf(data.en, headline.a, [headline.b]), view.rows, {
			format: 'csv',
			lang: 'en',
			siteUrl: 'https://example.org',
			pageUrl: '/en/compare/',
			retrievedOn: '2026-01-02',
			title: view.title
		});
		const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
		expect(parsed.data.map((r) => [r.indicator, r.group, r.value, r.year, r.survey_label])).toEqual([
			['pa_aerobic_who_ehispaq', 'male', '36', '2018', 'Health Interview Survey 2018'],
			['pa_aerobic_who_ehispaq', 'female', '25', '2018', 'Health Interview Survey 2018'],
			['depressive_disorder_phq9', 'male', '7.9', '2018', 'Health Interview Survey 2018'],
			['depressive_disorder_phq9', 'female', '10.6', '2018', 'Health Interview Survey 2018']
		]);
		expect(parsed.data.every((r) => r.source_publisher && r.source_url && r.indicator_label)).toBe(true);
	});
});
