// Social-preview images (Open Graph / Twitter card, 1200×630 PNG), drawn at build time from the same
// server-rendered chart SVG as the page, painted by the pages' own chart stylesheet with the light
// tokens resolved (static-paint.ts), framed like an exported image (frame.ts), rasterised by resvg
// with the embedded Noto Sans. No browser needed, so `npm run build` works on a bare machine.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { render } from 'svelte/server';
import Chart from '../charts/Chart.svelte';
import { chartTypes, loadCharts } from '../charts/registry.ts';
import { CHART_STYLESHEETS } from '../charts/stylesheets.ts';
import { chartSpecOf } from '../components/chart-spec.ts';
import { FONT_FAMILY, FONT_FILES } from '../export/fonts.ts';
import { escapeXml, framedSvg, wrap } from '../export/frame.ts';
import { staticChartCss, themeTokens } from '../export/static-paint.ts';
import type { Lang } from '../i18n/langs.ts';
import { t } from '../i18n/messages.ts';
import type { IndicatorView } from '../views/indicator-view.ts';
import { SOCIAL_CARD } from '../views/social.ts';
import type { Unit } from '../data/schema.ts';
import { rasterisePng } from './rasterise.ts';

export { SOCIAL_CARD };

// Read from the source tree (the build and the tests run from the project root).
const tokens = themeTokens(readFileSync(path.resolve('src/app.css'), 'utf8')).light;
const chartCss = CHART_STYLESHEETS.map((file) => readFileSync(path.resolve(file), 'utf8')).join('\n');
const paint = `<style>${staticChartCss(chartCss, tokens)}</style>`;
// Every chart type, loaded once: a card is rendered synchronously, on the server.
const charts = await loadCharts(chartTypes);
const fontFiles = FONT_FILES.map(({ file }) => path.resolve('static/fonts', file));

export interface SocialCardInput {
	id: string;
	view: IndicatorView;
	unit: Unit;
	population: string;
	lang: Lang;
	/** The site's address, written in the image's last line. */
	siteUrl: string;
}

/** A trend's plot height on the card: with its break labels and axis, about the height the frame leaves. */
const TREND_PLOT_HEIGHT = 140;

/** The chart of the view as SVG markup; a written-out sentence when the view has no chart (table). */
function chartMarkup({ id, view, unit, lang }: SocialCardInput): string {
	// Wide enough for the landscape card, small enough that the height fits at about 1:1 (text stays
	// legible). A trend's plot follows its width, so it is given the card's shape instead: drawn 560
	// wide it filled the left half of the card.
	const width = { bar: 760, trend: 800, map: 440, table: 600 }[view.kind];
	const plotHeight = view.kind === 'trend' ? TREND_PLOT_HEIGHT : undefined;
	const spec = chartSpecOf(view, { id: `og-${id}`, unit, lang, width, plotHeight });
	const svg = spec && render(Chart, { props: { spec, charts } }).body.match(/<svg[\s\S]*<\/svg>/)?.[0];
	if (svg) return svg.replace(/<!--[\s\S]*?-->/g, '');
	const sentence = wrapSentence(view.sentences[0] ?? view.title);
	return `<svg viewBox="0 0 600 200">${sentence}</svg>`;
}

/** A view without a chart (table) gets its sentence written out instead, up to five lines. */
function wrapSentence(text: string): string {
	return wrap(text, 600, 28, 5)
		.map(
			(line, i) => `<text x="0" y="${30 + i * 36}" font-size="28" fill="${tokens['--text']}">${escapeXml(line)}</text>`
		)
		.join('');
}

/** The card as an SVG document (tests read it; socialCardPng rasterises it). */
export function socialCardSvg(input: SocialCardInput): string {
	const { view, lang, population, siteUrl } = input;
	return framedSvg(
		chartMarkup(input),
		{
			title: view.title,
			subtitle: `${t(lang, 'population')}${t(lang, 'colon')}${population}`,
			source: view.sourceLine,
			footer: `${t(lang, 'site_name')} · ${siteUrl.replace(/^https?:\/\//, '')}`
		},
		{
			...SOCIAL_CARD,
			titleSize: 40,
			maxLines: 2,
			background: tokens['--bg']!,
			text: tokens['--text']!,
			muted: tokens['--text-muted']!,
			fontFamily: FONT_FAMILY,
			defs: paint
		}
	).svg;
}

/** Drawn and encoded on a worker thread, so the prerender goes on with other pages meanwhile. */
export function socialCardPng(input: SocialCardInput | (() => SocialCardInput)): Promise<Uint8Array> {
	return rasterisePng(() => socialCardSvg(typeof input === 'function' ? input() : input), {
		font: { fontFiles, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
		fitTo: { mode: 'width', value: SOCIAL_CARD.width }
	});
}
