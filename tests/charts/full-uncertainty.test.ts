// SVG snapshots of the explorer's views over the SYNTHETIC full-uncertainty catalogue
// (tests/fixtures/full-uncertainty: every estimate with its CI and n, five waves, one series
// break), drawn through the same view models and chart spec as the pages, at the narrowest and the
// widest width class: whiskers, bands and break as a reader of an office's table would see them.
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { chartSpecOf } from '../../src/lib/components/chart-spec.ts';
import { chartTypes, loadCharts, type ChartSpec } from '../../src/lib/charts/registry.ts';
import { CHART_WIDTHS } from '../../src/lib/charts/widths.ts';
import { validateCatalogue } from '../../src/lib/data/validate.ts';
import { readDataFiles } from '../../src/lib/server/data-dir.ts';
import { indicatorPageData } from '../../src/lib/views/indicator-data.ts';
import { buildIndicatorView, viewOptionsFor } from '../../src/lib/views/indicator-view.ts';
import { normalise } from './cases.ts';
import { assertSnapshot } from './snapshot-file.ts';

const { catalogue, problems } = validateCatalogue(readDataFiles('tests/fixtures/full-uncertainty/data'));
const charts = await loadCharts(chartTypes);
const widths = [CHART_WIDTHS[0], CHART_WIDTHS[CHART_WIDTHS.length - 1]];

const cases = [
	{ name: 'fuBarEducationNl', lang: 'nl', breakdown: 'education', state: { view: 'bar', year: '2023', region: 'BE' } },
	{ name: 'fuBarSexFr', lang: 'fr', breakdown: 'sex', state: { view: 'bar', year: '2018', region: 'BE-BRU' } },
	{ name: 'fuTrendEn', lang: 'en', breakdown: 'total', state: { view: 'trend', year: '2023', region: 'BE' } },
	{ name: 'fuMapNl', lang: 'nl', breakdown: 'total', state: { view: 'map', year: '2023', region: 'BE' } }
] as const;

describe('full-uncertainty views', () => {
	it('the fixture is a valid catalogue', () => expect(problems).toEqual([]));

	for (const c of cases)
		for (const width of widths)
			it(`${c.name} at ${width}: every mark has its interval`, () => {
				const data = indicatorPageData(catalogue!, 'synthetic_pa_new', c.lang);
				expect(viewOptionsFor(data, c.breakdown).views).toContain(c.state.view);
				const view = buildIndicatorView(data, c.breakdown, c.state, c.lang);
				const spec = chartSpecOf(view, { id: c.name, unit: 'percent', lang: c.lang, width }) as ChartSpec;
				const svg = normalise(render(charts[spec.type] as Component<ChartSpec['props']>, { props: spec.props }).body);
				if (spec.type === 'bar') {
					const bars = (svg.match(/class="bar"/g) ?? []).length;
					expect(bars).toBeGreaterThan(1);
					expect((svg.match(/class="ci"/g) ?? []).length).toBe(bars);
				}
				if (spec.type === 'trend') expect(svg).toMatch(/class="ci-band"/);
				assertSnapshot(`${c.name}-${width}`, svg);
			});
});
