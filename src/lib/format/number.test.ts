import { describe, expect, it } from 'vitest';
import { formatNumber, formatValue } from './number.ts';

describe('formatValue', () => {
	it.each([
		[34.9, 1, 'nl', '34,9%'],
		[34.9, 1, 'fr', '34,9\u202f%'],
		[34.9, 1, 'en', '34.9%'],
		[30.1, 1, 'nl', '30,1%'],
		[9, 1, 'en', '9.0%'],
		[36, 0, 'fr', '36\u202f%']
	] as const)('formatValue(%s, %s decimals, percent, %s) gives %j', (value, decimals, lang, expected) => {
		expect(formatValue(value, decimals, 'percent', lang)).toBe(expected);
	});

	it('keeps the published number of decimals instead of rounding', () => {
		expect(formatValue(6.1, 1, 'hours_per_day', 'nl')).toBe('6,1 uur per dag');
		expect(formatValue(7.4, 1, 'score_0_10', 'en')).toBe('7.4 out of 10');
	});

	it('groups thousands per locale', () => {
		expect(formatNumber(3845, 0, 'nl')).toBe('3.845');
		expect(formatNumber(3845, 0, 'fr')).toBe('3\u202f845');
		expect(formatNumber(3845, 0, 'en')).toBe('3,845');
	});
});
