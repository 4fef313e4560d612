import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.ts';
import type { ReaderFields } from '../data/columns.ts';
import { observation } from './test-observation.ts';
import {
	assertIsoDate,
	downloadColumns,
	downloadNumericColumns,
	toDownloadRows,
	type DownloadLookups,
	type DownloadRow
} from './rows.ts';

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
			value_decimals: 1,
			unit: 'percent',
			age_base_source: 'survey_default',
			preferred: true,
			flags: 'unverified_definition',
			source_title: 'Gezondheidsenquête 2023-24 (persbericht)',
			source_publisher: 'Sciensano',
			licence: 'not stated',
			retrieved_from: 'https://bewegeninbelgie.be/nl/indicator/pa_aerobic_who_ehispaq',
			retrieved_on: '2026-11-25'
		});
	});

	it.each<[string, Partial<ReaderFields>, Partial<DownloadRow>]>([
		[
			'keeps the published trailing zero',
			{ value: 9, valueText: '9.0', decimals: 1 },
			{ value: '9.0', value_decimals: 1 }
		],
		['keeps a negative value as published', { value: -1.5, valueText: '-1.5' }, { value: '-1.5' }],
		['joins several flags with ;', { flags: ['a', 'b'] }, { flags: 'a;b' }],
		['writes no flags as null', { flags: [] }, { flags: null }],
		['passes CI and n through', { ciLow: 31.2, ciHigh: 38, n: 16455 }, { ci_low: 31.2, ci_high: 38, n: 16455 }],
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

	it.each<[string, Partial<ReaderFields>, RegExp]>([
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
			[observation(), observation({ value: -1.5, valueText: '-1.5', note: '=HYPERLINK("x")', flags: [] })],
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

describe('assertIsoDate', () => {
	it('accepts a real date and rejects an impossible one', () => {
		expect(() => assertIsoDate('2024-02-29', 'x')).not.toThrow();
		expect(() => assertIsoDate('2023-02-29', 'x')).toThrow(/not an ISO date/);
	});
});

describe('download columns', () => {
	it('follow each published column with the columns that explain it', () => {
		const after = (name: string) => downloadColumns[downloadColumns.indexOf(name) + 1];
		expect(after('indicator')).toBe('indicator_label');
		expect(after('group')).toBe('group_label');
		expect(after('value')).toBe('value_decimals');
		expect(after('source_publisher')).toBe('licence');
		expect(downloadColumns.slice(-2)).toEqual(['retrieved_from', 'retrieved_on']);
	});

	it('mark exactly the number columns as numeric', () => {
		expect([...downloadNumericColumns]).toEqual([
			'year',
			'value',
			'value_decimals',
			'ci_low',
			'ci_high',
			'n',
			'source_row'
		]);
	});

	it('leave the maintainers’ provenance out', () => {
		expect(downloadColumns).not.toContain('origin');
	});
});
