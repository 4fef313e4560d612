// The home tiles of the real catalogue: values, marks and comparisons as data/ publishes them.
import { describe, expect, it } from 'vitest';
import { dashboardView, tileView } from './dashboard.ts';
import { realCatalogue } from '../../../tests/real-catalogue.ts';

const catalogue = realCatalogue();
const tile = (indicator: string, split: string | null = null, region = 'BE') =>
	tileView(catalogue, { indicator, region, split }, 'en');

describe('dashboard tiles', () => {
	it('one tile per row of dashboard.csv, in its order', () => {
		expect(dashboardView(catalogue, 'nl').map((t) => t.id)).toEqual(catalogue.dashboard.map((d) => d.indicator));
	});

	it('the headline: latest value with its mark, the comparable 2018 wave, the IPAQ run apart', () => {
		const t = tile('pa_aerobic_who_ehispaq', 'region');
		expect(t.value).toBe('34.9% †');
		expect(t.wave).toBe('Health Interview Survey 2023, 2023-24');
		expect(t.comparison).toEqual({
			kind: 'previous',
			text: 'Previous comparable wave: 30.1% (Health Interview Survey 2018)'
		});
		// IPAQ 2013 (its 2008 wave is by sex only) and EHIS-PAQ 2018-2023: two runs, one break between them, never joined.
		expect(t.trend.runs.map((r) => r.points.map((p) => p.x))).toEqual([[2013], [2018, 2023]]);
		expect(t.trend.breaks).toEqual([2015.5]);
		// 2023 has no regional value of this indicator: the split is 2018's, named so, with "no data".
		expect(t.split?.heading).toBe('By region, Health Interview Survey 2018');
		expect(t.split?.items.map((i) => i.value)).toEqual(['37%', 'no data', 'no data']);
	});

	it('gives the latest value its interval when one is published, and nothing when none is', () => {
		expect(tile('insufficient_pa_who_strain2024', null, 'WORLD').uncertainty).toBe(
			'95% CI 28.6% to 34.0%, age-standardised'
		);
		expect(
			tileView(catalogue, { indicator: 'insufficient_pa_who_strain2024', region: 'WORLD', split: null }, 'fr')
				.uncertainty
		).toMatch(/^IC à 95\u202f% de 28,6\u202f% à 34,0\u202f%, standardisé pour l’âge$/);
		expect(tile('pa_aerobic_who_ehispaq').uncertainty).toBeNull();
	});

	it('says "not comparable" across an age-base change and never gives the earlier value', () => {
		const t = tile('depressive_disorder_phq9', 'sex');
		expect(t.value).toBe('13% †');
		expect(t.comparison.kind).toBe('not_comparable');
		expect(t.comparison.text).toBe('Not comparable with earlier waves: a different age group (15+ versus 18+).');
		// SCL-90 2004-2013 ‖ PHQ-9 2018 (18+) ‖ 2023 (15+): three runs, a gap before each new one.
		expect(t.trend.runs.map((r) => r.points.map((p) => p.x))).toEqual([[2004, 2013], [2018], [2023]]);
		expect(t.trend.breaks).toEqual([2015.5, 2020.5]);
		expect(t.trendLabel).toBe(
			'Trend: 2004 8% †, 2013 14.8% †; series break; 2018 9.5%; a different age group (18+ versus 15+); 2023 13% †'
		);
	});

	it('labels a Flemish survey with its region, and puts Belgium beside the EU', () => {
		expect(tileView(catalogue, { indicator: 'barrier_lack_of_time', region: 'BE-VLG', split: null }, 'nl').place).toBe(
			'Vlaams Gewest'
		);
		const eu = tile('ehis_aerobic_150min_nonwork_eurostat', 'europe');
		expect(eu.split?.items.map((i) => [i.key, i.value])).toEqual([
			['BE', '27.5% †'],
			['EU27_2020', '31.0% †']
		]);
		expect(eu.comparison.kind).toBe('first');
	});
});
