import { describe, expect, it } from 'vitest';
import { valueAppearsInQuote } from './quote-match.ts';

describe('valueAppearsInQuote', () => {
	it.each([
		['34.9', 'gestegen tot 34,9% in 2023-24'],
		['34.9', 'rose to 34.9%'],
		['31.3', 'an estimated 31·3% (95% UI 28·6–34·0)'],
		['3845', 'in totaal 3.845 verwijsbrieven'],
		['3845', 'total 3 845 letters'],
		['3845', 'total 3\u202f845 letters'],
		['3845', 'total 3845 letters'],
		['6.5', 'BE6.57.40.62.0'],
		['-1.5', 'a change of −1,5 points']
	])('finds %s in "%s"', (value, quote) => {
		expect(valueAppearsInQuote(value, quote)).toBe(true);
	});

	it.each([
		['34.9', 'gestegen tot 34% in 2023'],
		['30.1', '30 %'],
		['3O.1', '30.1'],
		['3845', '38 45']
	])('does not find %s in "%s"', (value, quote) => {
		expect(valueAppearsInQuote(value, quote)).toBe(false);
	});
});
