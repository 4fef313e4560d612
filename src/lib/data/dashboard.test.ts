import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../server/data-dir.ts';
import { formatProblem, validateCatalogue, type DataFile } from './validate.ts';

const valid = readDataFiles('tests/fixtures/valid');
const withDashboard = (csv: string | null): DataFile[] => [
	...valid.filter((f) => f.path !== 'dashboard.csv'),
	...(csv === null ? [] : [{ path: 'dashboard.csv', bytes: new TextEncoder().encode(csv) }])
];
const problemsOf = (csv: string | null) =>
	validateCatalogue(withDashboard(csv), 'data').problems.map(formatProblem);

describe('dashboard.csv', () => {
	it('gives the tiles in file order', () => {
		const csv = 'indicator,region,split\npa_30min_day_ipaq,BE,\npa_aerobic_who_ehispaq,BE-VLG,sex\n';
		const { catalogue, problems } = validateCatalogue(withDashboard(csv), 'data');
		expect(problems).toEqual([]);
		expect(catalogue?.dashboard).toEqual([
			{ indicator: 'pa_30min_day_ipaq', region: 'BE', split: null },
			{ indicator: 'pa_aerobic_who_ehispaq', region: 'BE-VLG', split: 'sex' }
		]);
	});

	it('lists every bad row as file:line: column: message and yields no catalogue', () => {
		const csv = [
			'indicator,region,split',
			'pa_aerobic_who_ehispaq,BE,region',
			'no_such_indicator,BE,',
			'pa_30min_day_ipaq,BE-VLG,',
			'pa_aerobic_who_ehispaq,BE-XXX,colour',
			'pa_aerobic_who_ehispaq,BE,sex',
			'pa_aerobic_who_ehispaq,,europe',
			'pa_aerobic_who_ehispaq,BE'
		].join('\n');
		expect(problemsOf(csv)).toEqual([
			'data/dashboard.csv:3: indicator: "no_such_indicator" is not defined in indicators.csv',
			'data/dashboard.csv:4: region: indicator "pa_30min_day_ipaq" has no preferred total for region "BE-VLG" to show on a tile',
			'data/dashboard.csv:5: region: "BE-XXX" is not defined in dimensions.csv (region)',
			'data/dashboard.csv:5: split: "colour" is not a split (region, europe, or a breakdown code of dimensions.csv)',
			'data/dashboard.csv:6: indicator: duplicate key (pa_aerobic_who_ehispaq, BE) (first on line 2)',
			'data/dashboard.csv:7: region: is empty but required',
			'data/dashboard.csv:7: region: "" is not a code (letters, digits, _ - + only)',
			'data/dashboard.csv:8: (row): row has 2 cells, header has 3'
		]);
		expect(validateCatalogue(withDashboard(csv), 'data').catalogue).toBeNull();
	});

	it('is required, with its header', () => {
		expect(problemsOf(null)).toEqual(['data/dashboard.csv:1: (file): required file is missing']);
		expect(problemsOf('indicator,region\npa_30min_day_ipaq,BE\n')).toEqual([
			'data/dashboard.csv:1: (header): missing column "split" in header'
		]);
	});
});
