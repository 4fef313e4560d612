// SVG snapshots of the region map, rendered on the server. Figures: share meeting the WHO physical
// activity recommendation by region, Belgian Health Interview Survey 2023 (nl case) and a made-up case
// with missing regions (en). To update after an intended change: delete the .svg file, re-run, and
// review `git diff`.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import MapChart from '../../src/lib/charts/map/MapChart.svelte';
import type { MapChartProps, MapDatum, RegionCode } from '../../src/lib/charts/map/types.ts';
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

const noData: Record<Lang, string> = { nl: 'geen gegevens', fr: 'pas de données', en: 'no data' };

const region = (code: RegionCode, label: string, value: number | null, lang: Lang, extra: Partial<MapDatum> = {}): MapDatum => ({
	code,
	label,
	value,
	display: value === null ? noData[lang] : formatValue(value, 0, 'percent', lang),
	flagged: false,
	...extra
});

const cases: Record<string, MapChartProps> = {
	mapRegionsNl: {
		id: 'map-regions-nl',
		title: 'Haalt de WHO-aanbeveling, per gewest, 2023',
		description: 'Kaart van België: Vlaanderen 40%, Brussel 34%, Wallonië 26%.',
		unit: 'percent',
		lang: 'nl',
		data: [
			region('BE-VLG', 'Vlaanderen', 40, 'nl', { flagged: true }),
			region('BE-BRU', 'Brussel', 34, 'nl', { flagged: true }),
			region('BE-WAL', 'Wallonië', 26, 'nl', { flagged: true })
		]
	},
	mapMissingEn: {
		id: 'map-missing-en',
		title: 'Meets the WHO recommendation, by region, 2018',
		description: 'Map of Belgium: Flanders 37%; no data for Brussels and Wallonia.',
		unit: 'percent',
		lang: 'en',
		data: [region('BE-VLG', 'Flanders', 37, 'en'), region('BE-BRU', 'Brussels', null, 'en'), region('BE-WAL', 'Wallonia', null, 'en')]
	},
	mapFr: {
		id: 'map-fr',
		title: 'Atteint la recommandation de l’OMS, par région, 2023',
		description: 'Carte de Belgique : Flandre 40 %, Bruxelles 34 %, Wallonie 26 %.',
		unit: 'percent',
		lang: 'fr',
		data: [region('BE-VLG', 'Flandre', 40, 'fr'), region('BE-BRU', 'Bruxelles', 34, 'fr'), region('BE-WAL', 'Wallonie', 26, 'fr')]
	}
};

const rendered = (props: MapChartProps) => normalise(render(MapChart, { props }).body);

describe('MapChart SVG snapshots', () => {
	for (const [name, props] of Object.entries(cases)) {
		it(`${name} renders the expected SVG`, async () => {
			await expect(rendered(props)).toMatchFileSnapshot(`./output/${name}.svg`);
		});
	}
});

describe('MapChart', () => {
	const paths = (svg: string) => [...svg.matchAll(/<path class="region ([\w-]+)" data-code="([\w-]+)"/g)].map((m) => ({ fill: m[1], code: m[2] }));

	it('draws each region exactly once', () => {
		for (const props of Object.values(cases)) expect(paths(rendered(props)).map((p) => p.code).sort()).toEqual(['BE-BRU', 'BE-VLG', 'BE-WAL']);
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
		expect([...svg.matchAll(/class="swatch (fill-q\d)"/g)].map((m) => m[1])).toEqual(['fill-q0', 'fill-q1', 'fill-q2', 'fill-q3', 'fill-q4']);
	});

	it('writes the formatted values in the labels, per locale', () => {
		const labels = (svg: string) => [...svg.matchAll(/class="value-label[^"]*"[^>]*>([^<]*)</g)].map((m) => m[1]);
		expect(labels(rendered(cases.mapRegionsNl!))).toEqual(['40% †', '34% †', '26% †']);
		expect(labels(rendered(cases.mapFr!))).toEqual(['40\u202f%', '34\u202f%', '26\u202f%']);
		expect(labels(rendered(cases.mapMissingEn!))).toEqual(['37%', 'no data', 'no data']);
	});

	it('has a title and description and no inline style', () => {
		const svg = rendered(cases.mapFr!);
		expect(svg).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="map-fr-title"[^>]*aria-describedby="map-fr-desc"/);
		expect(svg).not.toMatch(/\sstyle=/);
	});
});
