import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutLines } from './line-layout.ts';
import { markerPath } from './marker-shapes.ts';
import { estimateTextWidth } from '../text-width.ts';
import type { LineLayout, LinePoint, LineSegment } from './types.ts';

const pt = (x: number, value: number, extra: Partial<LinePoint> = {}): LinePoint => ({
	x,
	xLabel: String(x),
	value,
	display: `${value}%`,
	ciLow: null,
	ciHigh: null,
	flagged: false,
	...extra
});

const seg = (key: string, points: LinePoint[], style: LineSegment['style'] = 'solid'): LineSegment => ({
	key,
	label: `Series ${key}`,
	points,
	style
});

function layoutOf(...args: Parameters<typeof layoutLines>): LineLayout {
	const status = layoutLines(...args);
	if (!status.ok) throw new Error('expected a layout');
	return status.layout;
}

/** Every x coordinate in a path `d` made of M/L/H/V commands with absolute "x,y" pairs. */
const pathXs = (d: string) => [...d.matchAll(/[ML](-?[\d.]+),/g)].map((m) => Number(m[1]));

const breakCase = () =>
	layoutOf(
		[seg('ipaq', [pt(2008, 33), pt(2013, 36)]), seg('paq', [pt(2018, 30.1), pt(2023, 34.9)])],
		[{ x: 2015.5, label: 'Reeksbreuk: nieuwe vragenlijst' }],
		'percent',
		'nl'
	);

describe('layoutLines', () => {
	it('draws the plot at a given height whatever the width (a landscape card), else at a share of the width', () => {
		const segments = [seg('ipaq', [pt(2008, 33), pt(2013, 36)]), seg('paq', [pt(2018, 30.1), pt(2023, 34.9)])];
		for (const width of [500, 800, 1100]) {
			const given = layoutOf(segments, [], 'percent', 'nl', width, 140);
			expect(given.plotBottom - given.plotTop).toBe(140);
			const own = layoutOf(segments, [], 'percent', 'nl', width);
			expect(own.plotBottom - own.plotTop).toBe(Math.round(width * 0.42));
			for (const p of given.segments.flatMap((s) => s.points)) {
				expect(p.py).toBeGreaterThanOrEqual(given.plotTop);
				expect(p.py).toBeLessThanOrEqual(given.plotBottom);
			}
		}
	});

	it('never draws a path across two segments: each path stays within its own points', () => {
		const layout = breakCase();
		for (const s of layout.segments) {
			const own = s.points.map((p) => p.px);
			const xs = pathXs(s.path ?? '');
			expect(xs).toHaveLength(s.points.length);
			for (const x of xs) {
				expect(x).toBeGreaterThanOrEqual(Math.min(...own));
				expect(x).toBeLessThanOrEqual(Math.max(...own));
			}
		}
		const [a, b] = layout.segments;
		expect(Math.max(...pathXs(a?.path ?? ''))).toBeLessThan(Math.min(...pathXs(b?.path ?? '')));
	});

	it('puts a series break strictly between the segments it separates, as a full-height line', () => {
		const layout = breakCase();
		const [a, b] = layout.segments;
		const brk = layout.breaks[0];
		expect(brk?.x).toBeGreaterThan(Math.max(...(a?.points.map((p) => p.px) ?? [])));
		expect(brk?.x).toBeLessThan(Math.min(...(b?.points.map((p) => p.px) ?? [])));
		expect(brk?.y2).toBe(layout.plotBottom);
		expect(brk?.labelY).toBeLessThan(layout.plotTop);
		expect(brk?.label).toBe('Reeksbreuk: nieuwe vragenlijst');
	});

	it('gives each segment its own marker shape and colour slot, so series differ without colour', () => {
		const layout = layoutOf(
			['a', 'b', 'c', 'd'].map((k, i) => seg(k, [pt(2013, 10 + i * 5), pt(2018, 12 + i * 5)])),
			[],
			'percent',
			'en'
		);
		const shapes = layout.segments.map((s) => s.shape);
		expect(new Set(shapes).size).toBe(4);
		expect(new Set(layout.segments.map((s) => markerPath(s.shape, 0, 0))).size).toBe(4);
		for (const s of layout.segments)
			expect(s.points[0]?.marker).toBe(markerPath(s.shape, s.points[0]?.px ?? 0, s.points[0]?.py ?? 0));
		expect(layout.segments.map((s) => s.colour)).toEqual([1, 2, 3, 1]);
	});

	it('never lets a percent axis run past 100, and starts it at 0', () => {
		const layout = layoutOf(
			[seg('a', [pt(2018, 97, { ciLow: 95, ciHigh: 100 }), pt(2023, 99.5)])],
			[],
			'percent',
			'en'
		);
		expect(layout.yTicks[0]).toEqual({ y: layout.plotBottom, label: '0%' });
		expect(layout.yTicks.at(-1)?.label).toBe('100%');
		for (const t of layout.yTicks) expect(t.y).toBeGreaterThanOrEqual(layout.plotTop);
	});

	it('puts a direct label that fits nowhere in a narrow drawing into a key under the plot, inside the drawing', () => {
		const long = (key: string) => ({
			...seg(key, [pt(2018, 30), pt(2023, 35)]),
			label: 'Oldest age group (not named in the source) · EHIS-PAQ questionnaire (18+)'
		});
		const short = layoutOf([seg('a', [pt(2018, 30), pt(2023, 35)])], [], 'percent', 'en', 280);
		const layout = layoutOf([long('old'), seg('a', [pt(2018, 20), pt(2023, 25)])], [], 'percent', 'en', 280);
		const [old, a] = layout.segments;
		expect(a?.keyMarker).toBeNull();
		expect(old?.keyMarker).toMatch(/^M/);
		// Under the x axis, each line within the width, the drawing taller by the key.
		expect(old?.directLabel.y).toBeGreaterThan(layout.plotBottom + 20);
		expect(old?.directLabel.lines.length).toBeGreaterThan(1);
		for (const line of old?.directLabel.lines ?? [])
			expect((old?.directLabel.x ?? 0) + estimateTextWidth(line, layout.fontSize) * 1.2).toBeLessThanOrEqual(280);
		expect(layout.height).toBeGreaterThan(short.height);
		expect(old?.directLabel.y ?? Infinity).toBeLessThan(layout.height);
	});

	it('in a compact drawing, sends a direct label to the key when its best place covers a marker, the break or a label', () => {
		// The published 2013 → 2018–2023 break: at 280 the lone 2013 point's label has no clear place
		// left of the break (it used to sit across it, next to the 2018 marker); at 690 it has one.
		const cases = (width: number) =>
			layoutOf(
				[
					{ ...seg('ipaq', [pt(2013, 36)]), label: 'IPAQ ≥30 min/dag (HIS 2013)' },
					{ ...seg('paq', [pt(2018, 30.1), pt(2023, 34.9)]), label: 'EHIS-PAQ (HIS 2018–2023)' }
				],
				[{ x: 2015.5, label: 'Reeksbreuk: nieuwe vragenlijst' }],
				'percent',
				'nl',
				width
			);
		const [ipaqNarrow] = cases(280).segments;
		expect(ipaqNarrow?.keyMarker).toMatch(/^M/);
		expect(ipaqNarrow?.directLabel.y).toBeGreaterThan(cases(280).plotBottom);
		const wide = cases(690);
		expect(wide.segments.map((s) => s.keyMarker)).toEqual([null, null]);
		for (const s of wide.segments) expect(s.directLabel.y).toBeLessThan(wide.plotBottom);
	});

	it('draws a single-point segment as a marker with its value and direct label, no path', () => {
		const layout = layoutOf([seg('only', [pt(2023, 27.5, { flagged: true })])], [], 'percent', 'en');
		const s = layout.segments[0];
		expect(s?.path).toBeNull();
		expect(s?.points[0]?.valueLabel?.lines).toEqual(['27.5% †']);
		expect(s?.directLabel.lines).toEqual(['Series only']);
		expect(layout.xTicks).toEqual([{ x: s?.points[0]?.px, label: '2023' }]);
	});

	it('returns a "no data" status instead of a layout when no segment has a point', () => {
		expect(layoutLines([seg('a', [])], [], 'percent', 'nl')).toMatchObject({ ok: false, reason: 'no_chart_data' });
		expect(layoutLines([], [], 'percent', 'nl').ok).toBe(false);
	});

	it('skips empty segments but keeps the colours and shapes of the others stable', () => {
		const layout = layoutOf([seg('a', []), seg('b', [pt(2018, 20), pt(2023, 22)])], [], 'percent', 'nl');
		expect(layout.segments.map((s) => [s.key, s.colour, s.shape])).toEqual([['b', 2, 'square']]);
	});

	it('bands the CI only over consecutive points that have one, with a whisker for a lone one', () => {
		const ci = { ciLow: 20, ciHigh: 30 };
		const layout = layoutOf(
			[seg('a', [pt(2004, 25, ci), pt(2008, 25), pt(2013, 25, ci), pt(2018, 25, ci)])],
			[],
			'percent',
			'fr'
		);
		const s = layout.segments[0];
		const [p0, , p2, p3] = s?.points ?? [];
		expect(new Set(pathXs(s?.ciBand ?? ''))).toEqual(new Set([p2?.px, p3?.px]));
		expect(s?.ciWhiskers.map((w) => w.x)).toEqual([p0?.px]);
	});

	it('ticks only the waves with data, thinning labels that would overlap', () => {
		const monthly = [3, 5, 11, 14, 17, 23, 26].map((m) => pt(2020 + m / 12, 30, { xLabel: `M${m} 2020` }));
		const layout = layoutOf(
			[seg('his', [pt(2013, 40), pt(2023, 41)]), seg('online', monthly, 'dashed')],
			[],
			'percent',
			'en'
		);
		const xs = new Set(layout.segments.flatMap((s) => s.points.map((p) => p.px)));
		for (const t of layout.xTicks) expect(xs.has(t.x)).toBe(true);
		expect(layout.xTicks.map((t) => t.label)).toContain('2013');
		expect(layout.xTicks.map((t) => t.label)).toContain('2023');
		expect(layout.xTicks.length).toBeLessThan(xs.size);
		for (let i = 1; i < layout.xTicks.length; i++)
			expect((layout.xTicks[i]?.x ?? 0) - (layout.xTicks[i - 1]?.x ?? 0)).toBeGreaterThan(40);
	});

	it('rounds every coordinate to 2 decimals', () => {
		const layout = breakCase();
		const text = JSON.stringify(layout);
		expect(text).not.toMatch(/\d\.\d{3,}/);
	});

	it('property: any segments never throw, never bridge, and stay finite', () => {
		const values = fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { maxLength: 6 });
		const units = fc.constantFrom<'percent' | 'count'>('percent', 'count');
		fc.assert(
			fc.property(
				fc.array(values, { minLength: 1, maxLength: 5 }),
				units,
				fc.constantFrom(320, 640),
				(lists, unit, width) => {
					// Segments follow each other in time, one wave a year, like survey series with breaks.
					let year = 2001;
					const segments = lists.map((vs, i) =>
						seg(
							`s${i}`,
							vs.map((v) => pt(year++, v)),
							i % 2 ? 'dashed' : 'solid'
						)
					);
					const status = layoutLines(segments, [], unit, 'nl', width);
					if (!status.ok) return lists.every((l) => l.length === 0);
					return status.layout.segments.every(
						(s) =>
							s.points.every((p) => Number.isFinite(p.px) && Number.isFinite(p.py)) &&
							!/NaN|Infinity/.test(`${s.path}${s.ciBand}${s.directLabel.x}${s.directLabel.y}`) &&
							pathXs(s.path ?? '').every((x) => s.points.some((p) => p.px === x))
					);
				}
			),
			{ numRuns: 200, examples: [[[[5e-324]], 'percent', 320]] }
		);
	});

	it('draws a phone-sized plot taller for its width than a wide one', () => {
		const segments = [seg('a', [pt(2013, 30), pt(2018, 32), pt(2023, 35)])];
		const narrow = layoutOf(segments, [], 'percent', 'nl', 320);
		const wide = layoutOf(segments, [], 'percent', 'nl', 640);
		const ratio = (l: LineLayout) => (l.plotBottom - l.plotTop) / l.width;
		expect(ratio(narrow)).toBeGreaterThan(ratio(wide) * 1.4);
		expect(layoutLines(segments, [], 'percent', 'nl').ok && layoutOf(segments, [], 'percent', 'nl').width).toBe(320);
	});
});
