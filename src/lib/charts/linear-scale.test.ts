import { scaleLinear, scaleLinear as d3ScaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { linearScale, scaleLinear as oursLinear } from './linear-scale.ts';

describe('linearScale', () => {
	it.each([
		[
			[0, 34.9],
			[10, 300]
		],
		[
			[0, 99.5],
			[0, 640]
		],
		[
			[0, 6.1],
			[40, 350]
		],
		[
			[0, 3845],
			[0, 500]
		],
		[
			[0, 1],
			[5, 6]
		]
	] as [number, number][][])('matches d3-scale scaleLinear().nice() for domain %j and range %j', (domain, range) => {
		const ours = linearScale(domain as [number, number], range as [number, number], 10);
		const d3 = scaleLinear().domain(domain).range(range).nice();
		expect(ours.domain()).toEqual(d3.domain());
		expect(ours.ticks(5)).toEqual(d3.ticks(5));
		for (const v of [0, 1.5, 12.3, 34.9, ...d3.ticks(4)]) expect(ours(v)).toBeCloseTo(d3(v), 9);
	});
});

describe('scaleLinear (the line chart’s d3-scale subset)', () => {
	const cases: [number, number][][] = [
		[
			[0, 34.9],
			[300, 20]
		],
		[
			[-3.2, 7.7],
			[0, 640]
		],
		[
			[0, 100.4],
			[420, 36]
		],
		[
			[2001, 2023],
			[52, 612]
		],
		[
			[5, 5],
			[0, 1]
		],
		[
			[0, 5e-324],
			[10, 20]
		],
		[
			[9, 1],
			[0, 100]
		]
	];
	it.each(cases)('matches d3-scale for domain %j and range %j, with and without nice', (domain, range) => {
		for (const count of [undefined, 5, 10]) {
			const ours = oursLinear().domain(domain!).range(range!);
			const d3 = d3ScaleLinear().domain(domain!).range(range!);
			if (count !== undefined) {
				ours.nice(count);
				d3.nice(count);
			}
			expect(ours.domain()).toEqual(d3.domain());
			expect(ours.range()).toEqual(d3.range());
			expect(ours.ticks(5)).toEqual(d3.ticks(5));
			for (const v of [...domain!, 0, 1.5, 33.3, 2018, -1]) expect(ours(v)).toBe(d3(v));
		}
	});
});
