// The social-preview images: rendered from the real catalogue through the same function the
// prerendered /og/ route calls, then checked as PNG pixels, so unresolved paint (black bars), a lost
// chart or a wrong size fails here rather than on a social network.
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, test } from 'vitest';
import { FONT_FAMILY } from '../export/fonts.ts';
import { t } from '../i18n/messages.ts';
import type { ViewState } from '../state/view-state.ts';
import { buildIndicatorView } from '../views/indicator-view.ts';
import { indicatorPageFor } from './pages.ts';
import { SOCIAL_CARD, socialCardPng, socialCardSvg, type SocialCardInput } from './social-card.ts';

function input(
	id: string,
	breakdown: string,
	lang: 'nl' | 'fr' | 'en',
	state: Partial<ViewState> = {}
): SocialCardInput {
	const page = indicatorPageFor(id, lang, breakdown);
	if (!page) throw new Error(`no page ${id}/${breakdown}`);
	const view = buildIndicatorView(page.data, page.breakdown, { ...page.options.defaults, ...state }, lang);
	return {
		id,
		view,
		unit: page.data.indicator.unit,
		population: page.data.indicator.population,
		lang,
		siteUrl: 'https://example.be'
	};
}

/** How many pixels have exactly this colour (#rrggbb). */
function countColour(svg: string, hex: string): number {
	const pixels = new Resvg(svg, { font: { loadSystemFonts: false, defaultFontFamily: FONT_FAMILY } }).render().pixels;
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
	let n = 0;
	for (let i = 0; i < pixels.length; i += 4) if (pixels[i] === r && pixels[i + 1] === g && pixels[i + 2] === b) n++;
	return n;
}

describe('social preview image', () => {
	const bars = input('pa_aerobic_who_ehispaq', 'sex', 'nl');

	test('is a 1200×630 PNG', async () => {
		const png = Buffer.from(await socialCardPng(bars));
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([SOCIAL_CARD.width, SOCIAL_CARD.height]);
	});

	test('carries the view title, population, source with survey year and the site', () => {
		const svg = socialCardSvg(bars);
		// The title may wrap: its lines are the bold texts of the frame.
		const titleLines = [
			...svg.matchAll(
				/<text data-role="title" x="\d+" y="[\d.]+" font-size="40" font-weight="700"[^>]*>([^<]*)<\/text>/g
			)
		].map((m) => m[1]);
		expect(titleLines.join(' ')).toBe(bars.view.title);
		expect(svg).toContain(`${t('nl', 'population')}: ${bars.population}`);
		expect(bars.view.sourceLine).toMatch(/20\d\d/);
		expect(svg).toContain(bars.view.sourceLine.slice(0, 30));
		expect(svg).toContain('example.be</text>');
		expect(svg).toMatch(/<svg x="\d+" y="[\d.]+" width="[\d.]+" height="[\d.]+" class="chart bar-chart/);
	});

	test('bars are painted with the light --data-1 token, nothing is left black', () => {
		const svg = socialCardSvg(bars);
		expect(countColour(svg, '#1f6fb4')).toBeGreaterThan(5_000);
		expect(countColour(svg, '#000000')).toBe(0);
	});

	test('a trend and a map are drawn too', () => {
		const trend = input('pa_aerobic_who_ehispaq', 'total', 'fr', { view: 'trend' });
		expect(trend.view.kind).toBe('trend');
		const trendSvg = socialCardSvg(trend);
		expect(trendSvg).toContain('class="chart line-chart');
		// 2013 (IPAQ) is one point in series 1; 2018–2023 (EHIS-PAQ) a line in series 2.
		expect(countColour(trendSvg, '#1f6fb4')).toBeGreaterThan(20);
		expect(countColour(trendSvg, '#b35c00')).toBeGreaterThan(200);
		expect(countColour(trendSvg, '#000000')).toBe(0);
		// The three regions of one wave (pa_aerobic_who_ehispaq has only Flanders for its total).
		const map = input('depression_self_reported_12m', 'total', 'en', { view: 'map' });
		expect(map.view.kind).toBe('map');
		const mapSvg = socialCardSvg(map);
		expect(mapSvg).toContain('class="chart map-chart');
		const steps = ['#deebf7', '#a5bad4', '#6f8ab1', '#3c5d8e', '#08306b'].map((hex) => countColour(mapSvg, hex));
		expect(steps.filter((n) => n > 1_000).length, String(steps)).toBeGreaterThanOrEqual(2);
		expect(countColour(mapSvg, '#000000')).toBe(0);
	});

	test('a trend spans the width of the card, its text at least 18 px (drawn 560 wide, it had filled the left half)', () => {
		const inner = SOCIAL_CARD.width - 64; // the frame's padding on both sides
		for (const lang of ['nl', 'fr', 'en'] as const) {
			const trend = input('pa_aerobic_who_ehispaq', 'total', lang);
			expect(trend.view.kind).toBe('trend');
			const chart =
				/<svg x="[\d.]+" y="[\d.]+" width="([\d.]+)" height="([\d.]+)" class="chart line-chart" viewBox="0 0 ([\d.]+) ([\d.]+)"[^>]*font-size="(\d+)"/.exec(
					socialCardSvg(trend)
				);
			expect(chart, 'the trend chart is placed on the card').not.toBeNull();
			const [placedWidth, , width, , fontSize] = chart!.slice(1).map(Number) as [
				number,
				number,
				number,
				number,
				number
			];
			expect(placedWidth).toBeGreaterThanOrEqual(0.95 * inner);
			expect((fontSize * placedWidth) / width).toBeGreaterThanOrEqual(18);
		}
	});

	test('a view without a chart writes its sentence (or title) out instead', () => {
		const table = input('pa_aerobic_who_ehispaq', 'total', 'en', { view: 'table' });
		expect(table.view.kind).toBe('table');
		const svg = socialCardSvg(table);
		expect(svg).not.toContain('class="chart');
		const words = [...svg.matchAll(/<text x="0" y="[\d.]+" font-size="28"[^>]*>([^<]*)<\/text>/g)]
			.map((m) => m[1])
			.join(' ');
		const written = table.view.sentences[0] ?? table.view.title;
		expect(words.length).toBeGreaterThan(10);
		expect(written.startsWith(words.replace(/…$/, '').trim().slice(0, 40))).toBe(true);
	});
});
