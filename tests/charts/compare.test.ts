// SVG snapshots of the compare view's two panels, drawn through its view model (compareView) and the
// bar chart of the registry, at the narrowest and the widest width class: activity and depressive
// disorder by sex in HIS 2018 (published figures, the depressive ones flagged †), and the same pair
// with MADE-UP intervals on the activity panel, so its whiskers are drawn beside a panel without.
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import BarChart from '../../src/lib/charts/bar/BarChart.svelte';
import type { BarChartProps } from '../../src/lib/charts/bar/types.ts';
import { CHART_WIDTHS } from '../../src/lib/charts/widths.ts';
import { compareData, type CompareData } from '../../src/lib/views/compare-data.ts';
import { compareView } from '../../src/lib/views/compare-view.ts';
import { normalise } from './cases.ts';
import { assertSnapshot } from './snapshot-file.ts';
import { realCatalogue } from '../real-catalogue.ts';

const catalogue = realCatalogue();
const widths = [CHART_WIDTHS[0], CHART_WIDTHS[CHART_WIDTHS.length - 1]];
const published = compareData(catalogue, 'en');
const pair = published.pairs[0]!;
const madeUpCi: CompareData = {
	...published,
	observations: published.observations.map((o) =>
		o.indicator === pair.a && o.survey === pair.survey ? { ...o, ciLow: o.value - 2.5, ciHigh: o.value + 2.5 } : o
	)
};

const draw = (props: BarChartProps) => normalise(render(BarChart as Component<BarChartProps>, { props }).body);

describe('compare panels', () => {
	for (const [name, data] of [
		['compareSexEn', published],
		['compareCiEn', madeUpCi]
	] as const)
		for (const width of widths)
			it(`${name} at ${width}: both panels, each with its own scale, † and whiskers where there are intervals`, () => {
				const view = compareView(data, pair, 'en');
				const svgs = view.panels.map((p, i) =>
					draw({
						id: `${name}-${i}`,
						title: p.title,
						description: p.description,
						unit: p.indicator.unit,
						lang: 'en',
						data: p.bar,
						width
					})
				);
				const [activity, depression] = svgs as [string, string];
				// Own scales: the activity axis reaches 40%, the depressive one stops near 10%.
				expect(activity).toMatch(/>40%</);
				expect(depression).not.toMatch(/>40%</);
				expect(depression.match(/ †</g)?.length).toBe(2);
				expect((activity.match(/class="ci"/g) ?? []).length).toBe(name === 'compareCiEn' ? 2 : 0);
				svgs.forEach((svg, i) => assertSnapshot(`${name}-${i}-${width}`, svg));
			});
});
