import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../server/data-dir.ts';
import { headlineRows, latestRegionalTotals } from './select.ts';
import { validateCatalogue } from './validate.ts';

const { catalogue } = validateCatalogue(readDataFiles('tests/fixtures/valid'));
if (!catalogue) throw new Error('fixture catalogue must be valid');

describe('selections', () => {
	it('headlineRows gives the latest Belgian total and the previous wave', () => {
		const rows = headlineRows(catalogue, 'pa_aerobic_who_ehispaq');
		expect(rows?.latest.valueText).toBe('34.9');
		expect(rows?.latest.year).toBe(2023);
		expect(rows?.previous?.valueText).toBe('30.1');
		expect(rows?.previous?.year).toBe(2018);
	});

	it('latestRegionalTotals picks the latest year with regional totals, Belgium first', () => {
		const result = latestRegionalTotals(catalogue, 'pa_aerobic_who_ehispaq');
		expect(result?.year).toBe(2023);
		expect(result?.rows.map((r) => [r.region, r.observation?.valueText ?? null])).toEqual([
			['BE', '34.9'],
			['BE-VLG', '40'],
			['BE-BRU', '34'],
			['BE-WAL', '26']
		]);
	});

	it('latestRegionalTotals returns null when no region has a total', () => {
		expect(latestRegionalTotals(catalogue, 'pa_30min_day_ipaq')).toBeNull();
	});
});
