import Papa from 'papaparse';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { toCsv } from './csv.ts';
import {
	assertIsoDate,
	downloadColumns,
	downloadNumericColumns,
	splitWaveKey,
	toDownloadRows,
	type DownloadColumn,
	type DownloadLookups,
	type DownloadRow,
	type ExportObservation
} from './rows.ts';

function observation(overrides: Partial<ExportObservation> = {}): ExportObservation {
	return {
		indicator: 'pa_aerobic_who_ehispaq',
		survey: 'HIS_2023',
		year: 2023,
		period: null,
		waveDate: null,
		region: 'BE',
		breakdown: 'total',
		group: 'total',
		ageBase: '18+',
		valueText: '34.9',
		ciLow: null,
		ciHigh: null,
		n: null,
		standardisation: 'not_stated',
		preferred: true,
		flags: ['unverified_definition'],
		note: 'The 2023 quote says leisure time only.',
		source: 'sciensano_his2023_press',
		sourceUrl: 'https://www.sciensano.be/nl/node/77436',
		sourceQuote: 'gestegen tot 34,9% in 2023-24 (30,1% in 2018).',
		...overrides
	};
}

const lookups: DownloadLookups = {
	indicators: { pa_aerobic_who_ehispaq: { label: 'Voldoende aerobe beweging (WHO)', unit: 'percent' } },
	surveys: { HIS_2023: 'Gezondheidsenquête 2023', HIS_2018: 'Gezondheidsenquête 2018' },
	regions: { BE: 'België', 'BE-BRU': 'Brussel' },
	groups: { 'total/total': 'Totaal', 'sex/female': 'Vrouwen' },
	sources: {
		sciensano_his2023_press: {
			title: 'Gezondheidsenquête 2023-24 (persbericht)',
			publisher: 'Sciensano',
			licence: 'not stated'
		}
	}
};

const context = {
	siteUrl: 'https://bewegeninbelgie.be',
	pageUrl: '/nl/indicator/pa_aerobic_who_ehispaq',
	retrievedOn: '2026-11-25'
};

describe('toDownloadRows', () => {
	it('gives every download column, in order, with labels and provenance', () => {
		const [row] = toDownloadRows([observation()], lookups, context);
		expect(Object.keys(row ?? {})).toEqual([...downloadColumns]);
		expect(row).toMatchObject({
			indicator_label: 'Voldoende aerobe beweging (WHO)',
			survey_label: 'Gezondheidsenquête 2023',
			region_label: 'België',
			group_label: 'Totaal',
			value: '34.9',
			unit: 'percent',
			preferred: true,
			flags: 'unverified_definition',
			source_title: 'Gezondheidsenquête 2023-24 (persbericht)',
			source_publisher: 'Sciensano',
			licence: 'not stated',
			retrieved_from: 'https://bewegeninbelgie.be/nl/indicator/pa_aerobic_who_ehispaq',
			retrieved_on: '2026-11-25'
		});
	});

	it.each<[string, Partial<ExportObservation>, Partial<DownloadRow>]>([
		['keeps the published trailing zero', { valueText: '9.0' }, { value: '9.0' }],
		['keeps a negative value as published', { valueText: '-1.5' }, { value: '-1.5' }],
		['joins several flags with ;', { flags: ['a', 'b'] }, { flags: 'a;b' }],
		['writes no flags as null', { flags: [] }, { flags: null }],
		['passes CI and n through', { ciLow: 31.2, ciHigh: '38.0', n: 8611 }, { ci_low: 31.2, ci_high: '38.0', n: 8611 }],
		['looks up a group under its breakdown', { breakdown: 'sex', group: 'female' }, { group_label: 'Vrouwen' }],
		[
			'keeps a period and a wave date',
			{ year: null, period: '2014-2015', waveDate: null },
			{ year: null, period: '2014-2015' }
		]
	])('%s', (_name, overrides, expected) => {
		expect(toDownloadRows([observation(overrides)], lookups, context)[0]).toMatchObject(expected);
	});

	it('keeps an absolute page URL and resolves a relative one against the site', () => {
		const absolute = { ...context, pageUrl: 'https://example.org/fr/x?view=table' };
		expect(toDownloadRows([observation()], lookups, absolute)[0]?.retrieved_from).toBe(
			'https://example.org/fr/x?view=table'
		);
	});

	it.each<[string, Partial<ExportObservation>, RegExp]>([
		['indicator', { indicator: 'nope' }, /no indicator for "nope"/],
		['source', { source: 'nope' }, /no source for "nope"/],
		['survey', { survey: 'nope' }, /no survey label for "nope"/],
		['region', { region: 'nope' }, /no region label for "nope"/],
		['group', { group: 'male' }, /no group label for "total\/male"/],
		['inherited key', { region: 'toString' }, /no region label/]
	])('throws on a missing %s lookup', (_name, overrides, error) => {
		expect(() => toDownloadRows([observation(overrides)], lookups, context)).toThrow(error);
	});

	it.each(['2026-02-30', '25-11-2026', '2026-11-25T00:00:00Z', ''])('rejects retrievedOn %j', (retrievedOn) => {
		expect(() => toDownloadRows([], lookups, { ...context, retrievedOn })).toThrow(RangeError);
	});

	it('gives rows that toCsv writes and papaparse reads back unchanged', () => {
		const rows = toDownloadRows(
			[observation(), observation({ valueText: '-1.5', note: '=HYPERLINK("x")', flags: [] })],
			lookups,
			context
		);
		const csv = toCsv(downloadColumns, rows, { numericColumns: downloadNumericColumns });
		const parsed = Papa.parse<Record<string, string>>(csv, { header: true, delimiter: ',' });
		expect(parsed.errors).toEqual([]);
		expect(parsed.data.map((r) => r.value)).toEqual(['34.9', '-1.5']);
		expect(parsed.data[1]?.note).toBe(`'=HYPERLINK("x")`);
		expect(parsed.data[1]?.flags).toBe('');
	});
});

describe('splitWaveKey', () => {
	it.each([
		['2020-04', { year: 2020, period: null, waveDate: '2020-04' }],
		['2018', { year: 2018, period: null, waveDate: null }],
		['2014-2015', { year: null, period: '2014-2015', waveDate: null }],
		['undated', { year: null, period: null, waveDate: null }]
	])('splitWaveKey(%j) gives %j', (wave, expected) => {
		expect(splitWaveKey(wave)).toEqual(expected);
	});
});

describe('assertIsoDate', () => {
	it('accepts a real date and rejects an impossible one', () => {
		expect(() => assertIsoDate('2024-02-29', 'x')).not.toThrow();
		expect(() => assertIsoDate('2023-02-29', 'x')).toThrow(/not an ISO date/);
	});
});

describe('DownloadRow', () => {
	it('has exactly the download columns as keys', () => {
		expectTypeOf<keyof DownloadRow>().toEqualTypeOf<DownloadColumn>();
	});
});
