// Fixed chart inputs shared by the SVG snapshot tests and the accessibility tests of tests/charts.
// lineBreakNl and mapRegionsNl use published Belgian figures (Sciensano, Health Interview Survey:
// IPAQ "≥30 min a day" 36% in 2013; EHIS-PAQ 30.1% in 2018 and 34.9% in 2023; WHO recommendation by
// region 2023); every other case is made up, and the line cases say so in their titles.
import type { BarChartProps, BarDatum } from '../../src/lib/charts/bar/types.ts';
import type { LineChartProps, LinePoint } from '../../src/lib/charts/line/types.ts';
import type { MapChartProps, MapDatum, RegionCode } from '../../src/lib/charts/map/types.ts';
import { chartTypes, type ChartPropsByType, type ChartSpec, type ChartType } from '../../src/lib/charts/registry.ts';
import { formatValue } from '../../src/lib/format/number.ts';
import type { Lang } from '../../src/lib/i18n/langs.ts';

/** Strips Svelte's hydration comments and scoped-class hashes so snapshots only change with the drawing. */
export function normalise(html: string): string {
	return html
		.replace(/<!--[^>]*-->/g, '')
		.replace(/ ?svelte-[a-z0-9]+/g, '')
		.replace(/ class=""/g, '')
		.replace(/></g, '>\n<')
		.trim();
}

const bar = (
	key: string,
	label: string,
	value: number | null,
	lang: Lang,
	extra: Partial<BarDatum> = {}
): BarDatum => ({
	key,
	label,
	value,
	display:
		value === null
			? { nl: 'geen gegevens', fr: 'pas de données', en: 'no data' }[lang]
			: formatValue(value, 1, 'percent', lang),
	ciLow: null,
	ciHigh: null,
	flagged: false,
	reference: false,
	...extra
});

export const barCases: Record<string, BarChartProps> = {
	barRegionNl: {
		id: 'region-nl',
		title: 'Haalt de WHO-aanbeveling, per gewest, 2023',
		description: 'Staafdiagram, 4 staven.',
		unit: 'percent',
		lang: 'nl',
		data: [
			bar('BE', 'België', 34.9, 'nl', { reference: true }),
			bar('BE-VLG', 'Vlaanderen', 40, 'nl', { flagged: true, flagNote: 'secundaire bron' }),
			bar('BE-BRU', 'Brussel', 34, 'nl', { flagged: true, flagNote: 'secundaire bron' }),
			bar('BE-WAL', 'Wallonië', 26, 'nl', { flagged: true, flagNote: 'secundaire bron' })
		]
	},
	barMissingEn: {
		id: 'missing-en',
		title: 'Meets the WHO recommendation, by region, 2018',
		description: 'Bar chart, 3 bars.',
		unit: 'percent',
		lang: 'en',
		data: [
			bar('BE-VLG', 'Flanders', 37, 'en'),
			bar('BE-BRU', 'Brussels', null, 'en'),
			bar('BE-WAL', 'Wallonia', null, 'en')
		]
	},
	barCiFr: {
		id: 'ci-fr',
		title: 'Test : moustaches d’intervalle de confiance',
		description: 'Diagramme en barres, 2 barres.',
		unit: 'percent',
		lang: 'fr',
		data: [
			bar('A', 'Groupe A', 31.3, 'fr', {
				ciLow: 28.6,
				ciHigh: 34,
				ciText: 'IC à 95\u202f% de 28,6\u202f% à 34,0\u202f%'
			}),
			bar('B', 'Groupe B', 12.5, 'fr', {
				ciLow: 10,
				ciHigh: 15.5,
				reference: true,
				ciText: 'IC à 95\u202f% de 10,0\u202f% à 15,5\u202f%'
			})
		]
	}
};
// The same bars in a wide drawing (labels beside the bars), as a caller passing width={640} gets.
barCases.barWideNl = { ...barCases.barRegionNl!, id: 'wide-nl', width: 640 };

const months: Record<Lang, string[]> = {
	nl: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
	fr: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
	en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
};

/** A point at a survey year, or at a monthly online wave when `month` (1–12) is given. */
const point = (
	lang: Lang,
	year: number,
	value: number,
	decimals: number,
	extra: Partial<LinePoint> & { month?: number } = {}
): LinePoint => {
	const { month, ...rest } = extra;
	return {
		x: month === undefined ? year : year + (month - 1) / 12,
		xLabel: month === undefined ? String(year) : `${months[lang][month - 1]} ${year}`,
		value,
		display: formatValue(value, decimals, 'percent', lang),
		ciLow: null,
		ciHigh: null,
		flagged: false,
		...rest
	};
};

export const lineCases: Record<string, LineChartProps> = {
	lineBreakNl: {
		id: 'break-nl',
		title: 'Voldoende lichaamsbeweging, 15+, België, 2013–2023',
		description:
			'Lijndiagram met 2 reeksen. IPAQ (HIS 2013): 2013 36%; EHIS-PAQ (HIS 2018–2023): 2018 30,1%, 2023 34,9%.',
		unit: 'percent',
		lang: 'nl',
		segments: [
			{
				key: 'ipaq_30min_day',
				label: 'IPAQ ≥30 min/dag (HIS 2013)',
				style: 'solid',
				points: [point('nl', 2013, 36, 0)]
			},
			{
				key: 'ehis_paq_who',
				label: 'EHIS-PAQ (HIS 2018–2023)',
				style: 'solid',
				points: [point('nl', 2018, 30.1, 1), point('nl', 2023, 34.9, 1)]
			}
		],
		breaks: [{ x: 2015.5, label: 'Reeksbreuk: nieuwe vragenlijst' }]
	},
	lineOnlineEn: {
		id: 'online-en',
		title: 'Test: online waves next to the interview survey (made-up values)',
		description: 'Line chart with 2 series (test data).',
		unit: 'percent',
		lang: 'en',
		segments: [
			{
				key: 'his',
				label: 'Test survey (HIS)',
				style: 'solid',
				points: [point('en', 2013, 40, 1), point('en', 2018, 38.5, 1), point('en', 2023, 41.2, 1)]
			},
			{
				key: 'online',
				label: 'Test online survey (online)',
				style: 'dashed',
				points: [
					point('en', 2020, 31, 1, { month: 4 }),
					point('en', 2020, 33.5, 1, { month: 6 }),
					point('en', 2020, 29.8, 1, { month: 12, flagged: true }),
					point('en', 2021, 30.4, 1, { month: 3 }),
					point('en', 2021, 34, 1, { month: 6 }),
					point('en', 2021, 32.2, 1, { month: 12 }),
					point('en', 2022, 35, 1, { month: 3 })
				]
			}
		],
		breaks: []
	},
	lineCiFr: {
		id: 'ci-fr',
		title: 'Test : bandes d’intervalle de confiance (valeurs fictives)',
		description: 'Graphique linéaire, 2 séries (données de test).',
		unit: 'percent',
		lang: 'fr',
		segments: [
			{
				key: 'a',
				label: 'Groupe test A',
				style: 'solid',
				points: [
					point('fr', 2004, 22.4, 1, { ciLow: 19.9, ciHigh: 24.9 }),
					point('fr', 2008, 25, 1),
					point('fr', 2013, 27.3, 1, { ciLow: 25.1, ciHigh: 29.5 }),
					point('fr', 2018, 29.9, 1, {
						ciLow: 27.6,
						ciHigh: 32.2,
						flagged: true,
						ciText: 'IC à 95\u202f% de 27,6\u202f% à 32,2\u202f%',
						flagNote: 'source secondaire'
					}),
					point('fr', 2023, 31.5, 1, { ciLow: 29.4, ciHigh: 33.6 })
				]
			},
			{
				key: 'b',
				label: 'Groupe test B',
				style: 'solid',
				points: [
					point('fr', 2004, 17.1, 1, { ciLow: 15, ciHigh: 19.2 }),
					point('fr', 2008, 19.6, 1, { ciLow: 17.4, ciHigh: 21.8 }),
					point('fr', 2013, 21, 1, { ciLow: 18.7, ciHigh: 23.3 }),
					point('fr', 2018, 24.8, 1, { ciLow: 22.3, ciHigh: 27.3 }),
					point('fr', 2023, 26.2, 1, { ciLow: 23.9, ciHigh: 28.5 })
				]
			}
		],
		breaks: []
	},
	lineSinglePointEn: {
		id: 'single-en',
		title: 'Test: a single wave (made-up value)',
		description: 'Line chart with 1 series and 1 wave (test data).',
		unit: 'percent',
		lang: 'en',
		segments: [{ key: 'only', label: 'Test survey (HIS 2023)', style: 'solid', points: [point('en', 2023, 27.5, 1)] }],
		breaks: []
	},
	lineEmptyNl: {
		id: 'empty-nl',
		title: 'Test: geen gegevens',
		description: 'Lijndiagram zonder gegevens.',
		unit: 'percent',
		lang: 'nl',
		segments: [{ key: 'none', label: 'Test (HIS)', style: 'solid', points: [] }],
		breaks: []
	}
};

const noData: Record<Lang, string> = { nl: 'geen gegevens', fr: 'pas de données', en: 'no data' };

const region = (
	code: RegionCode,
	label: string,
	value: number | null,
	lang: Lang,
	extra: Partial<MapDatum> = {}
): MapDatum => ({
	code,
	label,
	value,
	display: value === null ? noData[lang] : formatValue(value, 0, 'percent', lang),
	flagged: false,
	...extra
});

export const mapCases: Record<string, MapChartProps> = {
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
		data: [
			region('BE-VLG', 'Flanders', 37, 'en'),
			region('BE-BRU', 'Brussels', null, 'en'),
			region('BE-WAL', 'Wallonia', null, 'en')
		]
	},
	mapFr: {
		id: 'map-fr',
		title: 'Atteint la recommandation de l’OMS, par région, 2023',
		description: 'Carte de Belgique : Flandre 40 %, Bruxelles 34 %, Wallonie 26 %.',
		unit: 'percent',
		lang: 'fr',
		data: [
			region('BE-VLG', 'Flandre', 40, 'fr'),
			region('BE-BRU', 'Bruxelles', 34, 'fr'),
			region('BE-WAL', 'Wallonie', 26, 'fr')
		]
	}
};
// Wide drawings, as a caller passing a width gets: the layouts before the compact defaults.
lineCases.lineWideNl = { ...lineCases.lineBreakNl!, id: 'wide-nl', width: 640 };
mapCases.mapWideNl = { ...mapCases.mapRegionsNl!, id: 'map-wide-nl', width: 600 };
type CasesByType = { [T in ChartType]: Record<string, ChartPropsByType[T]> };
/** Every chart type's snapshot cases; a chart type without an entry here fails the type check. */
export const snapshotCases = { bar: barCases, trend: lineCases, map: mapCases } satisfies CasesByType;

/** Every case as a chart spec, as a page passes it to Chart.svelte. */
export const allCases: { name: string; spec: ChartSpec }[] = chartTypes.flatMap((type) =>
	Object.entries(snapshotCases[type]).map(([name, props]) => ({ name, spec: { type, props } as ChartSpec }))
);
