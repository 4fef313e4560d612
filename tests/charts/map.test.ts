// The region map rendered on the server, on the cases of cases.ts (mapRegionsNl: share meeting the WHO
// recommendation by region, Health Interview Survey 2023; the others made up); its SVG snapshots are
// in snapshot.test.ts.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import MapChart from '../../src/lib/charts/map/MapChart.svelte';
import type { MapChartProps } from '../../src/lib/charts/map/types.ts';
import { mapCases as cases, normalise } from './cases.ts';

const rendered = (props: MapChartProps) => normalise(render(MapChart, { props }).body);

describe('MapChart', () => {
	const paths = (svg: string) =>
		[...svg.matchAll(/<path class="region (?:mark )?([\w-]+)" data-code="([\w-]+)"/g)].map((m) => ({
			fill: m[1],
			code: m[2]
		}));

	it('draws each region exactly once', () => {
		for (const props of Object.values(cases))
			expect(
				paths(rendered(props))
					.map((p) => p.code)
					.sort()
			).toEqual(['BE-BRU', 'BE-VLG', 'BE-WAL']);
	});

	it('gives regions without data the hatched no-data fill and never a colour class', () => {
		const svg = rendered(cases.mapMissingEn!);
		const fills = Object.fromEntries(paths(svg).map((p) => [p.code, p.fill]));
		expect(fills).toEqual({ 'BE-VLG': 'fill-q2', 'BE-BRU': 'fill-none', 'BE-WAL': 'fill-none' });
		expect(svg).toMatch(/data-code="BE-BRU"[^>]*fill="url\(#map-missing-en-hatch\)"/);
		expect(svg).toContain('>no data</text>');
	});

	it('orders the legend classes from q0 to q4', () => {
		const svg = rendered(cases.mapRegionsNl!);
		expect([...svg.matchAll(/class="swatch (fill-q\d)"/g)].map((m) => m[1])).toEqual([
			'fill-q0',
			'fill-q1',
			'fill-q2',
			'fill-q3',
			'fill-q4'
		]);
	});

	it('writes the formatted values in the labels, per locale', () => {
		const labels = (svg: string) => [...svg.matchAll(/class="value-label[^"]*"[^>]*>([^<]*)</g)].map((m) => m[1]);
		expect(labels(rendered(cases.mapRegionsNl!))).toEqual(['40% †', '34% †', '26% †']);
		expect(labels(rendered(cases.mapFr!))).toEqual(['40\u202f%', '34\u202f%', '26\u202f%']);
		expect(labels(rendered(cases.mapMissingEn!))).toEqual(['37%', 'no data', 'no data']);
	});

	it('has a title and description and no inline style', () => {
		const svg = rendered(cases.mapFr!);
		expect(svg).toMatch(/<svg[^>]*role="group"[^>]*aria-labelledby="map-fr-title"[^>]*aria-describedby="map-fr-desc"/);
		expect(svg).not.toMatch(/\sstyle=/);
	});
});
