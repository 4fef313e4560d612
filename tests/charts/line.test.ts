// SVG snapshots of the trend line chart rendered on the server from fixed data (Plot-style, C13).
// lineBreakNl uses published Belgian figures (Sciensano, Health Interview Survey: IPAQ "≥30 min a day"
// 36% in 2013; EHIS-PAQ 30.1% in 2018 and 34.9% in 2023); every other case is made up and titled
// "Test: …" so nobody mistakes it for a site figure.
// To update after an intended change: delete the .svg file, re-run, and review `git diff`.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import LineChart from '../../src/lib/charts/line/LineChart.svelte';
import type { LineChartProps, LinePoint } from '../../src/lib/charts/line/types.ts';
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

const months: Record<Lang, string[]> = {
	nl: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
	fr: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
	en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
};

/** A point at a survey year, or at a monthly online wave when `month` (1–12) is given. */
const point = (lang: Lang, year: number, value: number, decimals: number, extra: Partial<LinePoint> & { month?: number } = {}): LinePoint => {
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

const lineCases: Record<string, LineChartProps> = {
	lineBreakNl: {
		id: 'break-nl',
		title: 'Voldoende lichaamsbeweging, 15+, België, 2013–2023',
		description: 'Lijndiagram met 2 reeksen. IPAQ (HIS 2013): 2013 36%; EHIS-PAQ (HIS 2018–2023): 2018 30,1%, 2023 34,9%.',
		unit: 'percent',
		lang: 'nl',
		segments: [
			{ key: 'ipaq_30min_day', label: 'IPAQ ≥30 min/dag (HIS 2013)', style: 'solid', points: [point('nl', 2013, 36, 0)] },
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
					point('fr', 2018, 29.9, 1, { ciLow: 27.6, ciHigh: 32.2, flagged: true }),
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

describe('LineChart SVG snapshots', () => {
	for (const [name, props] of Object.entries(lineCases)) {
		it(`${name} renders the expected SVG`, async () => {
			const { body } = render(LineChart, { props });
			await expect(normalise(body)).toMatchFileSnapshot(`./output/${name}.svg`);
		});
	}

	it('draws no style attribute (strict CSP) and never throws on empty input', () => {
		for (const props of Object.values(lineCases)) expect(render(LineChart, { props }).body).not.toMatch(/\sstyle=/);
		expect(render(LineChart, { props: { ...lineCases.lineEmptyNl!, segments: [] } }).body).toContain('Geen gegevens voor deze keuze.');
	});
});
