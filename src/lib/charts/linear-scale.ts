import { nice, tickIncrement, ticks } from 'd3-array';

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

/** The part of d3-scale's `scaleLinear()` the line chart uses: domain, range, nice, ticks. */
export interface ContinuousScale {
	(value: number): number;
	domain(): [number, number];
	domain(domain: [number, number]): ContinuousScale;
	range(): [number, number];
	range(range: [number, number]): ContinuousScale;
	nice(count?: number): ContinuousScale;
	ticks(count?: number): number[];
}

/**
 * d3-scale's `scaleLinear()` for numbers, with its arithmetic (normalise, then interpolate
 * `r0 * (1 - t) + r1 * t`) and its nice bounds, so the line chart draws the same coordinates
 * without bundling d3-interpolate, d3-color and d3-format into the trend view (issue #13).
 */
export function scaleLinear(): ContinuousScale {
	let d: [number, number] = [0, 1];
	let r: [number, number] = [0, 1];
	// d3-scale's bimap: a reversed domain normalises from its low end and swaps the range.
	const normalise = (a: number, b: number, x: number) => {
		const span = b - a;
		return span ? (x - a) / span : isNaN(span) ? NaN : 0.5;
	};
	const scale = ((value: number) => {
		const [a, b, from, to] = d[1] < d[0] ? [d[1], d[0], r[1], r[0]] : [d[0], d[1], r[0], r[1]];
		const t = normalise(a, b, value);
		return from * (1 - t) + to * t;
	}) as ContinuousScale;
	scale.domain = ((next?: [number, number]) => {
		if (!next) return [...d];
		d = [+next[0], +next[1]];
		return scale;
	}) as ContinuousScale['domain'];
	scale.range = ((next?: [number, number]) => {
		if (!next) return [...r];
		r = [+next[0], +next[1]];
		return scale;
	}) as ContinuousScale['range'];
	scale.nice = (count = 10) => {
		// d3-scale's linear nice(): at most 10 rounds, until the tick step no longer changes.
		let [start, stop] = d;
		const reversed = stop < start;
		if (reversed) [start, stop] = [stop, start];
		let prestep: number | undefined;
		for (let rounds = 10; rounds > 0; rounds--) {
			const step = tickIncrement(start, stop, count);
			if (step === prestep) {
				d = reversed ? [stop, start] : [start, stop];
				return scale;
			} else if (step > 0) {
				start = Math.floor(start / step) * step;
				stop = Math.ceil(stop / step) * step;
			} else if (step < 0) {
				start = Math.ceil(start * step) / step;
				stop = Math.floor(stop * step) / step;
			} else break;
			prestep = step;
		}
		return scale;
	};
	scale.ticks = (count = 10) => ticks(d[0], d[1], count);
	return scale;
}
