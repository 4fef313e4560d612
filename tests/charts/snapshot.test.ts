// SVG snapshots of every chart type, rendered on the server through the chart registry from fixed
// inputs (Plot-style, C13); the cases are in cases.ts. On a mismatch the test writes
// output/<name>-changed.svg and fails: review it and rename it over <name>.svg to accept the change.
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Chart from '../../src/lib/charts/Chart.svelte';
import { chartTypes, loadCharts, type ChartSpec } from '../../src/lib/charts/registry.ts';
import { CHART_WIDTHS } from '../../src/lib/charts/widths.ts';
import { allCases, normalise, snapshotCases } from './cases.ts';
import { assertSnapshot } from './snapshot-file.ts';

const charts = await loadCharts(chartTypes);
// One drawing per case, at the case's width or its type's default: the chart component itself (the
// figure's Chart.svelte draws one per width class when the spec has no width; tested below).
const rendered = (spec: ChartSpec) =>
	normalise(render(charts[spec.type] as Component<ChartSpec['props']>, { props: spec.props }).body);

describe('chart SVG snapshots', () => {
	it.each(chartTypes)('chart type %s has snapshot cases', (type) => {
		expect(Object.keys(snapshotCases[type] ?? {}).length).toBeGreaterThan(0);
	});

	for (const { name, spec } of allCases)
		it(`${name} (${spec.type}) renders the expected SVG`, () => {
			const svg = rendered(spec);
			expect(svg).toMatch(/^<svg class="chart /);
			assertSnapshot(name, svg);
		});
});

describe('width classes', () => {
	it.each(allCases.filter(({ spec }) => spec.props.width === undefined).slice(0, 3))(
		'$name without a width is drawn once per width class, each svg with its own ids',
		({ spec }) => {
			const html = render(Chart, { props: { spec, charts } }).body;
			const widths = [...html.matchAll(/<div class="chart-size[^"]*" data-width="(\d+)"/g)].map((m) => Number(m[1]));
			expect(widths).toEqual([...CHART_WIDTHS]);
			const viewBoxes = [...html.matchAll(/<svg class="chart [^>]*viewBox="0 0 (\d+) /g)].map((m) => Number(m[1]));
			expect(viewBoxes).toEqual([...CHART_WIDTHS]);
			const titles = [...html.matchAll(/<title id="([^"]+)"/g)].map((m) => m[1]);
			expect(new Set(titles).size).toBe(CHART_WIDTHS.length);
		}
	);
});

describe('assertSnapshot', () => {
	const dir = mkdtempSync(path.join(tmpdir(), 'snapshots-'));

	it('writes <name>-changed.svg beside the reference and fails when they differ', () => {
		writeFileSync(path.join(dir, 'a.svg'), '<svg>old</svg>');
		expect(() => assertSnapshot('a', '<svg>new</svg>', dir)).toThrow(/a-changed\.svg/);
		expect(readFileSync(path.join(dir, 'a-changed.svg'), 'utf8')).toBe('<svg>new</svg>');
		expect(readFileSync(path.join(dir, 'a.svg'), 'utf8')).toBe('<svg>old</svg>');
	});

	it('passes on a match and removes a stale -changed.svg', () => {
		writeFileSync(path.join(dir, 'b.svg'), '<svg>same</svg>');
		writeFileSync(path.join(dir, 'b-changed.svg'), '<svg>stale</svg>');
		assertSnapshot('b', '<svg>same</svg>', dir);
		expect(existsSync(path.join(dir, 'b-changed.svg'))).toBe(false);
	});
});
