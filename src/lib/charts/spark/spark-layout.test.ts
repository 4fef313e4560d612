import { describe, expect, it } from 'vitest';
import { sparkLayout } from './spark-layout.ts';

const point = (x: number, value: number) => ({ x, xLabel: String(x), value, flagged: false });

describe('sparkLayout', () => {
	const layout = sparkLayout(
		{
			runs: [
				{ key: 'a', dashed: false, points: [point(2008, 30), point(2013, 36)] },
				{ key: 'b', dashed: false, points: [point(2018, 30), point(2023, 35)] }
			],
			breaks: [2015.5]
		},
		240,
		72
	);

	it('draws each run on its own path, with the break in the gap between them', () => {
		const [a, b] = layout.runs;
		expect(a?.d).toMatch(/^M[\d.]+,[\d.]+ L[\d.]+,[\d.]+$/);
		const lastA = Math.max(...(a?.points.map((p) => p.cx) ?? []));
		const firstB = Math.min(...(b?.points.map((p) => p.cx) ?? []));
		const breakX = layout.breaks[0]?.x ?? NaN;
		expect(lastA).toBeLessThan(breakX);
		expect(breakX).toBeLessThan(firstB);
	});

	it('starts the value axis at zero and keeps points inside the drawing', () => {
		for (const p of layout.runs.flatMap((r) => r.points)) {
			expect(p.cy).toBeLessThan(layout.baseline.y);
			expect(p.cx).toBeGreaterThanOrEqual(0);
			expect(p.cx).toBeLessThanOrEqual(240);
		}
		expect(layout.labels.map((l) => l.text)).toEqual(['2008', '2023']);
	});

	it('a single wave is one centred marker without a path', () => {
		const one = sparkLayout({ runs: [{ key: 'a', dashed: false, points: [point(2019, 27.5)] }], breaks: [] }, 240, 72);
		expect(one.runs[0]?.d).toBeNull();
		expect(one.runs[0]?.points[0]?.cx).toBe(120);
	});
});
