import { describe, expect, it } from 'vitest';
import { formatNumber, formatTicks, formatValue, tickDecimals } from './number.ts';

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

describe('formatTicks', () => {
	it('gives every tick the decimals its step needs, so no two ticks read the same', () => {
		// The fr suicide-attempt trend: ticks 0.1 apart up to 0.7 % read "1 %, 1 %, 0 %…" before.
		const ticks = [0, 0.1, 0.2, 0.30000000000000004, 0.4, 0.5, 0.6000000000000001, 0.7000000000000001];
		const labels = formatTicks(ticks, 'percent', 'fr');
		expect(labels).toEqual([
			'0,0\u202f%',
			'0,1\u202f%',
			'0,2\u202f%',
			'0,3\u202f%',
			'0,4\u202f%',
			'0,5\u202f%',
			'0,6\u202f%',
			'0,7\u202f%'
		]);
		expect(new Set(labels).size).toBe(ticks.length);
	});

	it('keeps whole ticks whole, and finer steps as fine as they are', () => {
		expect(formatTicks([0, 10, 20, 30], 'percent', 'nl')).toEqual(['0%', '10%', '20%', '30%']);
		expect(tickDecimals([0, 0.05, 0.1, 0.15])).toBe(2);
		expect(tickDecimals([0, 2.5, 5])).toBe(1);
		expect(formatTicks([0, 0.5, 1], 'hours_per_day', 'en')).toEqual(['0.0', '0.5', '1.0']);
	});
});
