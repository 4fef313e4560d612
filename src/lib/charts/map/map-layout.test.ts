import { describe, expect, it } from 'vitest';
import { classify, fillFor, layoutMap } from './map-layout.ts';
import { fillClasses, type MapDatum, type RegionCode } from './types.ts';

const datum = (code: RegionCode, value: number | null, extra: Partial<MapDatum> = {}): MapDatum => ({
	code,
	label: code,
	value,
	display: value === null ? 'geen gegevens' : `${value}%`,
	flagged: false,
	...extra
});

describe('classify', () => {
	it.each([
		{ values: [40, 34, 26], unit: 'percent', thresholds: [25, 28, 31, 34, 37, 40] },
		{ values: [37, null, null], unit: 'percent', thresholds: [35, 36, 37, 38, 39, 40] },
		{ values: [99.5, 97], unit: 'percent', thresholds: [95, 96, 97, 98, 99, 100] },
		{ values: [0.4, 2], unit: 'percent', thresholds: [0, 1, 2, 3, 4, 5] },
		{ values: [6.8, 7.3, 7.1], unit: 'score_0_10', thresholds: [6.8, 6.9, 7, 7.1, 7.2, 7.3] },
		{ values: [1200, 5400, 3100], unit: 'count', thresholds: [0, 1100, 2200, 3300, 4400, 5500] }
	] as const)('classify($values, $unit) gives limits $thresholds', ({ values, unit, thresholds }) => {
		expect(classify(values, unit).thresholds).toEqual(thresholds);
	});

	it('gives no classes when no region has a value', () => {
		expect(classify([null, null], 'percent').thresholds).toEqual([]);
	});
});

describe('fillFor', () => {
	const classes = classify([40, 34, 26], 'percent');
	it.each([
		[26, 'fill-q0'],
		[28, 'fill-q1'],
		[34, 'fill-q3'],
		[39.9, 'fill-q4'],
		[40, 'fill-q4']
	] as const)('fillFor(%s) is %s', (value, fill) => expect(fillFor(value, classes)).toBe(fill));

	it('never gives no data a colour class, not even the lowest', () => {
		expect(fillFor(null, classes)).toBe('fill-none');
		expect(fillFor(0, classify([], 'percent'))).toBe('fill-none');
	});
});

describe('layoutMap', () => {
	const data = [datum('BE-VLG', 40, { flagged: true }), datum('BE-BRU', 34), datum('BE-WAL', 26)];

	it('draws every region once, whatever the order or duplicates of the data', () => {
		const layout = layoutMap([...data].reverse().concat(datum('BE-VLG', 1)), 'percent', 'nl');
		expect(layout.regions.map((r) => r.code).sort()).toEqual(['BE-BRU', 'BE-VLG', 'BE-WAL']);
		expect(layout.regions.find((r) => r.code === 'BE-VLG')?.datum?.value).toBe(40);
	});

	it('colours the highest region darkest and marks flagged values', () => {
		const layout = layoutMap(data, 'percent', 'nl');
		const fill = Object.fromEntries(layout.regions.map((r) => [r.code, r.fill]));
		expect(fill).toEqual({ 'BE-VLG': 'fill-q4', 'BE-BRU': 'fill-q3', 'BE-WAL': 'fill-q0' });
		expect(layout.regions.find((r) => r.code === 'BE-VLG')?.valueText).toBe('40% †');
	});

	it('hatches regions without data and explains the hatching in the legend', () => {
		const layout = layoutMap([datum('BE-VLG', 37), datum('BE-BRU', null), datum('BE-WAL', null)], 'percent', 'en');
		const missing = layout.regions.filter((r) => r.code !== 'BE-VLG');
		expect(missing.map((r) => r.fill)).toEqual(['fill-none', 'fill-none']);
		expect(missing.map((r) => r.valueText)).toEqual(['geen gegevens', 'geen gegevens']);
		expect(layout.legend.noData?.label).toBe('geen gegevens');
	});

	it('lists the legend classes lowest first, from the bottom up, with ascending limits', () => {
		const { legend } = layoutMap(data, 'percent', 'fr', 600);
		expect(legend.swatches.map((s) => s.fill)).toEqual([...fillClasses]);
		const ys = legend.swatches.map((s) => s.y);
		expect(ys).toEqual([...ys].sort((a, b) => b - a));
		expect(legend.ticks.map((t) => t.label)).toEqual([
			'25\u202f%',
			'28\u202f%',
			'31\u202f%',
			'34\u202f%',
			'37\u202f%',
			'40\u202f%'
		]);
		expect(legend.noData).toBeNull();
	});

	it('gives Brussels a leader line from its label to the region', () => {
		const layout = layoutMap(data, 'percent', 'nl');
		const bru = layout.regions.find((r) => r.code === 'BE-BRU');
		expect(bru?.leader?.y1).toBeGreaterThan(bru?.valueY ?? Infinity);
		expect(bru?.leader?.y2).toBeGreaterThan(bru?.leader?.y1 ?? Infinity);
		expect(layout.regions.filter((r) => r.leader).length).toBe(1);
	});

	it('scales outlines and labels with the width', () => {
		const small = layoutMap(data, 'percent', 'nl', 450);
		const full = layoutMap(data, 'percent', 'nl', 900);
		expect(small.height).toBe(full.height / 2);
		expect(small.regions[0]?.labelX).toBeCloseTo((full.regions[0]?.labelX ?? 0) / 2, 1);
		expect(small.regions[0]?.path.slice(0, 20)).not.toBe(full.regions[0]?.path.slice(0, 20));
	});

	it('is compact by default: the legend runs left to right below the outlines, inside the drawing', () => {
		const layout = layoutMap([datum('BE-VLG', 37), datum('BE-BRU', null), datum('BE-WAL', 26)], 'percent', 'en');
		expect(layout.compact).toBe(true);
		expect(layout.width).toBe(300);
		const { swatches, ticks, noData } = layout.legend;
		const xs = swatches.map((s) => s.x);
		expect(xs).toEqual([...xs].sort((a, b) => a - b));
		expect(new Set(swatches.map((s) => s.y)).size).toBe(1);
		// Below Wallonia's southern tip (468 of 480 units), and the no-data row below the limits.
		expect(swatches[0]?.y).toBeGreaterThan(468 * layout.scale);
		expect(noData?.y).toBeGreaterThan(Math.max(...ticks.map((t) => t.y)));
		expect(ticks.every((t) => t.anchor === 'middle' && t.x >= 15 && t.x <= layout.width - 15)).toBe(true);
		const bottom = Math.max(...[...swatches, ...(noData ? [noData] : [])].map((s) => s.y + s.height));
		expect(bottom).toBeLessThanOrEqual(layout.height);
	});

	it('keeps the corner legend for wide drawings', () => {
		const layout = layoutMap(data, 'percent', 'nl', 600);
		expect(layout.compact).toBe(false);
		expect(layout.legend.ticks.every((t) => t.anchor === 'start')).toBe(true);
	});

	it('keeps a wide map at most 0.6 of its width tall, its outlines centred', () => {
		for (const width of [510, 690, 930, 1250]) {
			const layout = layoutMap(data, 'percent', 'nl', width);
			expect(layout.height).toBeLessThanOrEqual(width * 0.6 + 1);
			expect(layout.offsetX).toBeCloseTo((width - 600 * layout.scale) / 2, 0);
			expect(layout.offsetX).toBeGreaterThan(0);
		}
	});
});
