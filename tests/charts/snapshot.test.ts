// Fixed, made-up test data (not site figures): SVG snapshots of each chart type rendered on the server from fixed data (Plot-style, C13).
// To update after an intended change: delete the .svg file, re-run, and review `git diff`.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import BarChart from '../../src/lib/charts/bar/BarChart.svelte';
import type { BarChartProps, BarDatum } from '../../src/lib/charts/bar/types.ts';
import { formatValue } from '../../src/lib/format/number.ts';
import type { Lang } from '../../src/lib/i18n/langs.ts';

/** Strips Svelte's hydration comments and scoped-class hashes so snapshots only change with the drawing. */
function normalise(html: string): string {
	return html
		.replace(/<!--[^>]*-->/g, '')
		.replace(/ ?svelte-[a-z0-9]+/g, '')
		.replace(/ class=""/g, '')
		.replace(/></g, '>\n<')
		.trim();
}

const bar = (key: string, label: string, value: number | null, lang: Lang, extra: Partial<BarDatum> = {}): BarDatum => ({
	key,
	label,
	value,
	display: value === null ? { nl: 'geen gegevens', fr: 'pas de données', en: 'no data' }[lang] : formatValue(value, 1, 'percent', lang),
	ciLow: null,
	ciHigh: null,
	flagged: false,
	reference: false,
	...extra
});

const cases: Record<string, BarChartProps> = {
	barRegionNl: {
		id: 'region-nl',
		title: 'Haalt de WHO-aanbeveling, per gewest, 2023',
		description: 'Staafdiagram, 4 staven.',
		unit: 'percent',
		lang: 'nl',
		data: [
			bar('BE', 'België', 34.9, 'nl', { reference: true }),
			bar('BE-VLG', 'Vlaanderen', 40, 'nl', { flagged: true }),
			bar('BE-BRU', 'Brussel', 34, 'nl', { flagged: true }),
			bar('BE-WAL', 'Wallonië', 26, 'nl', { flagged: true })
		]
	},
	barMissingEn: {
		id: 'missing-en',
		title: 'Meets the WHO recommendation, by region, 2018',
		description: 'Bar chart, 3 bars.',
		unit: 'percent',
		lang: 'en',
		data: [bar('BE-VLG', 'Flanders', 37, 'en'), bar('BE-BRU', 'Brussels', null, 'en'), bar('BE-WAL', 'Wallonia', null, 'en')]
	},
	barCiFr: {
		id: 'ci-fr',
		title: 'Test : moustaches d’intervalle de confiance',
		description: 'Diagramme en barres, 2 barres.',
		unit: 'percent',
		lang: 'fr',
		data: [
			bar('A', 'Groupe A', 31.3, 'fr', { ciLow: 28.6, ciHigh: 34 }),
			bar('B', 'Groupe B', 12.5, 'fr', { ciLow: 10, ciHigh: 15.5, reference: true })
		]
	}
};

describe('BarChart SVG snapshots', () => {
	for (const [name, props] of Object.entries(cases)) {
		it(`${name} renders the expected SVG`, async () => {
			const { body } = render(BarChart, { props });
			await expect(normalise(body)).toMatchFileSnapshot(`./output/${name}.svg`);
		});
	}
});
