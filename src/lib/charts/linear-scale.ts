import { nice, ticks } from 'd3-array';

export interface LinearScale {
	(value: number): number;
	domain(): [number, number];
	range(): [number, number];
	ticks(count: number): number[];
}

/**
 * A linear scale with d3-array's nice bounds and ticks: the same numbers as d3-scale's
 * `scaleLinear().nice()`, without bundling d3-interpolate, d3-color and d3-format (~8 KB gzipped)
 * into every page for a straight line (the bar chart is on every page; budget 60 KB).
 */
export function linearScale(domain: [number, number], range: [number, number], niceCount?: number): LinearScale {
	const [d0, d1] = niceCount === undefined ? domain : nice(domain[0], domain[1], niceCount);
	const [r0, r1] = range;
	const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
	const scale = ((value: number) => r0 + (value - d0) * k) as LinearScale;
	scale.domain = () => [d0, d1];
	scale.range = () => [r0, r1];
	scale.ticks = (count: number) => ticks(d0, d1, count);
	return scale;
}
