import { describe, expect, it } from 'vitest';
import { clamp, round } from './numeric.ts';

describe('round', () => {
	it.each([
		[12.3456, undefined, 12.35],
		[12.344, undefined, 12.34],
		[-3.14159, undefined, -3.14],
		[2.5, 0, 3],
		[1.23456, 3, 1.235]
	])('round(%d, %s) gives %d', (n, decimals, expected) => {
		expect(round(n, decimals)).toBe(expected);
	});
});

describe('clamp', () => {
	it.each([
		[3, 0, 5, 3],
		[-1, 0, 5, 0],
		[9, 0, 5, 5],
		[7, 6, 4, 6]
	])('clamp(%d, %d, %d) gives %d', (n, min, max, expected) => {
		expect(clamp(n, min, max)).toBe(expected);
	});
});
