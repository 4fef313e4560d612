import { describe, expect, it } from 'vitest';
import { validateCatalogue } from '../data/validate.ts';
import { readDataFiles } from '../server/data-dir.ts';
import { indicatorPageData } from './indicator-data.ts';
import { buildIndicatorView, viewOptionsFor } from './indicator-view.ts';

const { catalogue } = validateCatalogue(readDataFiles('tests/fixtures/valid'));
if (!catalogue) throw new Error('fixture catalogue must be valid');
const nl = indicatorPageData(catalogue, 'pa_aerobic_who_ehispaq', 'nl');
const en = indicatorPageData(catalogue, 'pa_aerobic_who_ehispaq', 'en');

describe('viewOptionsFor', () => {
	it('offers bars, trend, map and table for the total, latest wave and Belgium by default', () => {
		const options = viewOptionsFor(nl, 'total');
		expect(options.views).toEqual(['bar', 'trend', 'map', 'table']);
		expect(options.years).toEqual(['2023', '2018']);
		expect(options.defaults).toEqual({ view: 'bar', year: '2023', region: 'BE' });
	});

	it('offers no map for a breakdown by sex', () => {
		expect(viewOptionsFor(nl, 'sex').views).not.toContain('map');
	});
});

describe('buildIndicatorView', () => {
	it('bars by region list Belgium and the three regions with their published values', () => {
		const view = buildIndicatorView(nl, 'total', { view: 'bar', year: '2023', region: 'BE' }, 'nl');
		expect(view.bar?.map((b) => [b.key, b.display])).toEqual([
			['BE', '34,9%'],
			['BE-VLG', '40%'],
			['BE-BRU', '34%'],
			['BE-WAL', '26%']
		]);
		expect(view.rows).toHaveLength(4);
		expect(view.sentences[0]).toBe(
			'Volwassenen die de WHO-aanbeveling voor aerobe beweging halen: 34,9% † in 2023 (België), tegenover 30,1% in 2018.'
		);
		expect(view.sentences).toContain(
			'Er zijn geen betrouwbaarheidsintervallen gepubliceerd, dus er kan niet worden gezegd of de verschillen groter zijn dan de foutenmarge.'
		);
	});

	it('writes "no data" for a region without a published value, never zero', () => {
		const view = buildIndicatorView(en, 'total', { view: 'bar', year: '2018', region: 'BE' }, 'en');
		const brussels = view.bar?.find((b) => b.key === 'BE-BRU');
		expect(brussels).toMatchObject({ value: null, display: 'no data' });
		expect(view.table.find((r) => r.key === 'BE-BRU')?.display).toBe('no data');
	});

	it('draws the IPAQ and EHIS-PAQ indicators as separate segments with a break between them', () => {
		const view = buildIndicatorView(en, 'total', { view: 'trend', year: '2023', region: 'BE' }, 'en');
		const segments = view.trend?.segments ?? [];
		expect(segments.map((s) => s.points.map((p) => p.xLabel))).toEqual([['2013'], ['2018', '2023']]);
		expect(view.trend?.breaks).toEqual([{ x: 2015.5, label: 'Series break' }]);
		expect(view.sentences.some((s) => s.startsWith('Series break: '))).toBe(true);
	});

	it('names an online series once, in the page language, even when its instrument already says so', () => {
		const { catalogue: real } = validateCatalogue(readDataFiles('data'));
		if (!real) throw new Error('data/ must be valid');
		const labels = (lang: 'nl' | 'fr' | 'en') =>
			(
				buildIndicatorView(
					indicatorPageData(real, 'suicide_attempt_12m', lang),
					'total',
					{ view: 'trend', year: '2018', region: 'BE' },
					lang
				).trend?.segments ?? []
			).map((s) => s.label);
		expect(labels('nl')).toContain('vragen over suïcidaal gedrag (online) (18+)');
		expect(labels('fr')).toContain('questions sur les comportements suicidaires (en ligne) (18+)');
		for (const lang of ['nl', 'fr', 'en'] as const)
			for (const label of labels(lang)) expect(label).not.toMatch(/\((online|en ligne)\).*\((online|en ligne)\)/);
	});

	it('the table view lists every row of the breakdown, and only those', () => {
		const view = buildIndicatorView(en, 'sex', { view: 'table', year: '2018', region: 'BE' }, 'en');
		expect(view.table.map((r) => [r.label, r.display])).toEqual([
			['Belgium · Men', '36%'],
			['Belgium · Women', '25%']
		]);
	});

	it('the map view gives the three regions, flagged where the value is', () => {
		const view = buildIndicatorView(nl, 'total', { view: 'map', year: '2023', region: 'BE' }, 'nl');
		expect(view.map?.map((m) => [m.code, m.display, m.flagged])).toEqual([
			['BE-VLG', '40%', true],
			['BE-BRU', '34%', true],
			['BE-WAL', '26%', true]
		]);
	});
});
