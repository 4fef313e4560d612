// One page row for the export tests: every reader column of an observation, overridable per test.
import type { ReaderFields } from '../data/columns.ts';

export function observation(overrides: Partial<ReaderFields> = {}): ReaderFields {
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
		ageBaseSource: 'survey_default',
		value: 34.9,
		valueText: '34.9',
		decimals: 1,
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
		quoteContext: null,
		sourceTable: null,
		sourceTableSha256: null,
		sourceRow: null,
		...overrides
	};
}
