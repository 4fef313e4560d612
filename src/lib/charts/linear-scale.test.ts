import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { linearScale } from './linear-scale.ts';

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
