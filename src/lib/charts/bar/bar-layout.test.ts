import { describe, expect, it } from 'vitest';
import { layoutBars } from './bar-layout.ts';
import type { BarDatum } from './types.ts';

const datum = (key: string, value: number | null, extra: Partial<BarDatum> = {}): BarDatum => ({
	key,
	label: key,
	value,
	display: value === null ? 'geen gegevens' : `${value}%`,
	ciLow: null,
	ciHigh: null,
	flagged: false,
	reference: false,
	...extra
});

describe('layoutBars', () => {
	it('gives bar widths proportional to the values, from a zero baseline', () => {
		const layout = layoutBars([datum('a', 40), datum('b', 20)], 'percent', 'nl');
		const [a, b] = layout.bars;
		expect(a?.barWidth).toBeGreaterThan(0);
		expect(b?.barWidth).toBeCloseTo((a?.barWidth ?? 0) / 2, 1);
		expect(layout.ticks[0]).toEqual({ x: layout.plotLeft, label: '0%' });
	});

	it('draws no bar for a missing value (no data is never zero width by accident of a value)', () => {
		const layout = layoutBars([datum('a', 40), datum('b', null)], 'percent', 'nl');
		expect(layout.bars[1]?.barWidth).toBe(0);
		expect(layout.bars[1]?.display).toBe('geen gegevens');
	});

	it('places CI whiskers and puts the value label past the whisker', () => {
		const layout = layoutBars([datum('a', 30, { ciLow: 25, ciHigh: 35 })], 'percent', 'en');
		const bar = layout.bars[0];
		expect(bar?.ciX0).toBeLessThan(layout.plotLeft + (bar?.barWidth ?? 0));
		expect(bar?.ciX1).toBeGreaterThan(layout.plotLeft + (bar?.barWidth ?? 0));
		expect(bar?.valueX).toBeGreaterThan(bar?.ciX1 ?? Infinity);
	});

	it('never lets a percent axis run past 100', () => {
		const layout = layoutBars([datum('a', 99.5, { ciLow: 98, ciHigh: 100 })], 'percent', 'en');
		expect(layout.ticks.at(-1)?.label).toBe('100%');
	});
});
