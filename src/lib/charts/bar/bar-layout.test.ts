import { describe, expect, it } from 'vitest';
import { COMPACT_FONT_SIZE, FONT_SIZE, layoutBars } from './bar-layout.ts';
import type { BarDatum } from './types.ts';
import { CHART_WIDTHS, TEXT_UNITS } from '../widths.ts';
import { REGULAR_WIDTH } from '../line/label-placement.ts';
import { estimateTextWidth } from '../text-width.ts';

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

	it.each(CHART_WIDTHS)('keeps room for the bars at %i when the value labels are long', (width) => {
		const long = (key: string, value: number) => datum(key, value, { display: `${value} points de pourcentage` });
		const layout = layoutBars([long('a', 9.8), long('b', 4.5)], 'percentage_points', 'fr', width);
		expect(layout.plotRight).toBeGreaterThan(layout.plotLeft);
		for (const bar of layout.bars) expect(bar.barWidth).toBeGreaterThan(0);
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

	it('is compact by default: labels above full-width bars, text within the units every chart keeps to', () => {
		const layout = layoutBars([datum('a', 40), datum('b', 20)], 'percent', 'nl');
		expect(layout.compact).toBe(true);
		expect(layout.labelAnchor).toBe('start');
		expect(layout.labelX).toBe(layout.plotLeft);
		expect(layout.fontSize).toBeGreaterThanOrEqual(TEXT_UNITS.min);
		expect(layout.fontSize).toBeLessThanOrEqual(TEXT_UNITS.max);
		for (const bar of layout.bars) {
			// The label's line ends above the bar; the bar starts at the left margin.
			expect(bar.labelY + layout.fontSize / 2).toBeLessThanOrEqual(bar.y);
			expect(bar.labelY - layout.fontSize / 2).toBeGreaterThanOrEqual(bar.rowY + 3);
			expect(bar.y + bar.barHeight).toBeLessThanOrEqual(bar.rowY + layout.rowHeight);
		}
		expect(layout.plotLeft).toBeLessThan(30);
	});

	it('keeps labels beside the bars when the drawing is wider than 400', () => {
		const layout = layoutBars([datum('Vlaanderen', 40)], 'percent', 'nl', 640);
		expect(layout.compact).toBe(false);
		expect(layout.fontSize).toBe(FONT_SIZE);
		expect(layout.labelAnchor).toBe('end');
		expect(layout.bars[0]?.labelY).toBe(layout.bars[0]?.textY);
		expect(layoutBars([datum('a', 1)], 'percent', 'nl', 400).fontSize).toBe(COMPACT_FONT_SIZE);
	});

	it('keeps every value label and tick inside the drawing, compact or wide', () => {
		for (const width of [300, 360, 400, 640]) {
			const layout = layoutBars(
				[datum('a', 99.5, { ciLow: 98, ciHigh: 100, flagged: true }), datum('b', null)],
				'percent',
				'fr',
				width
			);
			for (const bar of layout.bars) expect(bar.valueX).toBeLessThan(width);
			expect(layout.plotRight).toBeLessThanOrEqual(width);
			expect(layout.ticks[0]?.x).toBeGreaterThan(0);
		}
	});

	it('never cuts a group label: two lines beside the bar, or above it wrapped to the width', () => {
		const long = 'High-income Western countries (Lancet/WHO region)';
		for (const width of CHART_WIDTHS) {
			const layout = layoutBars([datum(long, 28), datum('World', 31)], 'percent', 'en', width);
			for (const bar of layout.bars) {
				expect(bar.labelLines.join(' ')).toBe(bar.label);
				for (const line of bar.labelLines) {
					const w = estimateTextWidth(line, layout.fontSize) * REGULAR_WIDTH;
					const [x0, x1] =
						layout.labelAnchor === 'end' ? [layout.labelX - w, layout.labelX] : [layout.labelX, layout.labelX + w];
					expect(x0, `${width}: ${line}`).toBeGreaterThanOrEqual(0);
					expect(x1, `${width}: ${line}`).toBeLessThanOrEqual(width);
				}
				// The label's lines end above the bar in a compact row, within the row beside it otherwise.
				const last = bar.labelY + (bar.labelLines.length - 1) * layout.labelLineHeight;
				if (layout.compact) expect(last + layout.fontSize / 2).toBeLessThanOrEqual(bar.y);
				expect(last + layout.fontSize / 2).toBeLessThanOrEqual(bar.rowY + bar.rowHeight);
			}
		}
	});
});
