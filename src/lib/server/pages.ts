// Which pages exist: the prerender entries and the load functions of indicator pages share this.
import { langs, type Lang } from '../i18n/langs.ts';
import { indicatorPageData, type IndicatorPage } from '../views/indicator-data.ts';
import { buildIndicatorView, viewOptionsFor } from '../views/indicator-view.ts';
import { yearsOf, type ViewState } from '../state/view-state.ts';
import { observationsByIndicator } from '../data/by-indicator.ts';
import { findIndicator } from '../data/select.ts';
import { loadCatalogue } from './catalogue.ts';
import { HEADLINE_INDICATOR } from '../views/home.ts';
import { socialImage, type SocialImage } from '../views/social.ts';
import { catalogueView, lookAlikes } from '../views/catalogue.ts';

/** Breakdowns with at least one preferred row, per indicator. */
function breakdownsOf(id: string): string[] {
	const rows = observationsByIndicator(loadCatalogue()).get(id) ?? [];
	return [...new Set(rows.filter((o) => o.preferred).map((o) => o.breakdown))];
}

/**
 * Memoised per build (the catalogue never changes while pages are prerendered), keeping the `limit`
 * most recently used results. The prerender walks one route at a time, indicator by indicator, so
 * a small cache catches every repeat; an unbounded one held every indicator page's data until the
 * end and pushed a 100× catalogue's build against the heap limit.
 */
export function memo<A extends unknown[], R>(fn: (...args: A) => R, limit = 256): (...args: A) => R {
	const cache = new Map<string, R>();
	return (...args: A) => {
		const key = JSON.stringify(args);
		if (cache.has(key)) {
			const hit = cache.get(key) as R;
			cache.delete(key); // re-inserted below: Map order is the recency order
			cache.set(key, hit);
			return hit;
		}
		const value = fn(...args);
		cache.set(key, value);
		if (cache.size > limit) cache.delete(cache.keys().next().value as string);
		return value;
	};
}

export function indicatorEntries(): { lang: Lang; id: string }[] {
	return loadCatalogue().indicators.flatMap((i) => langs.map((lang) => ({ lang, id: i.id })));
}

export function breakdownEntries(): { lang: Lang; id: string; breakdown: string }[] {
	return loadCatalogue().indicators.flatMap((i) => {
		const breakdowns = breakdownsOf(i.id);
		return breakdowns
			.filter((b) => b !== defaultBreakdown(breakdowns))
			.flatMap((breakdown) => langs.map((lang) => ({ lang, id: i.id, breakdown })));
	});
}

/** The breakdown of an indicator's main page: the total if published, else the first one. */
export function defaultBreakdown(breakdowns: readonly string[]): string {
	return breakdowns.includes('total') ? 'total' : (breakdowns[0] ?? 'total');
}

/** One indicator's page data in one language, shared by its main page, breakdown pages, embeds and cards. */
const pageData = memo((id: string, lang: Lang) => indicatorPageData(loadCatalogue(), id, lang), 16);
const catalogueGroups = memo((lang: Lang) => catalogueView(loadCatalogue(), lang), 3);

export const indicatorPage = memo(function indicatorPage(
	id: string,
	lang: Lang,
	breakdown: string | null
): IndicatorPage | null {
	if (!findIndicator(loadCatalogue(), id)) return null;
	const data = pageData(id, lang);
	const main = defaultBreakdown(data.breakdowns);
	const chosen = breakdown ?? main;
	if (!data.breakdowns.includes(chosen) || (breakdown !== null && breakdown === main)) return null;
	const alike = lookAlikes(catalogueGroups(lang), id).map((e) => ({
		id: e.id,
		label: e.label,
		distinction: e.distinction
	}));
	return { data, breakdown: chosen, options: viewOptionsFor(data, chosen), defaultBreakdown: main, lookAlikes: alike };
});

/**
 * Every state an embed can show, as path parameters: each view varies only what it depends on
 * (bars: year, and area for group breakdowns; map: year; trend: area; table: nothing).
 */
export const embedStates = memo(function embedStates(id: string, breakdown: string): ViewState[] {
	const page = indicatorPage(id, 'en', null);
	if (!page) return [];
	const options = breakdown === page.breakdown ? page.options : indicatorPage(id, 'en', breakdown)?.options;
	if (!options) return [];
	const d = options.defaults;
	const states: ViewState[] = [];
	for (const view of options.views) {
		if (view === 'bar')
			for (const region of breakdown === 'total' ? [d.region] : options.regions)
				for (const year of yearsOf({ view, region }, options)) states.push({ view, year, region });
		else if (view === 'map') for (const year of options.mapYears) states.push({ view, year, region: d.region });
		else if (view === 'trend') for (const region of options.regions) states.push({ view, year: d.year, region });
		else states.push({ view, year: d.year, region: d.region });
	}
	return states;
}, Infinity); // a few states per indicator and breakdown: small enough to keep them all

export function embedEntries(): {
	lang: Lang;
	id: string;
	breakdown: string;
	view: string;
	year: string;
	region: string;
}[] {
	return loadCatalogue().indicators.flatMap((i) => {
		const breakdowns = breakdownsOf(i.id);
		return breakdowns.flatMap((breakdown) =>
			embedStates(i.id, breakdown).flatMap((s) => langs.map((lang) => ({ lang, id: i.id, breakdown, ...s })))
		);
	});
}

/** The path of an embed for a view state; the explorer's embed dialog and the prerender use it. */
export { embedPath } from '../views/paths.ts';

/** One social-preview image per indicator page (its default breakdown or another), as `{breakdown}.png`. */
export function socialCardEntries(): { lang: Lang; id: string; file: string }[] {
	return loadCatalogue().indicators.flatMap((i) =>
		breakdownsOf(i.id).flatMap((breakdown) => langs.map((lang) => ({ lang, id: i.id, file: `${breakdown}.png` })))
	);
}

/** The page of an indicator with a given breakdown, whether it is the main page or a breakdown page. */
export function indicatorPageFor(id: string, lang: Lang, breakdown: string): IndicatorPage | null {
	const main = indicatorPage(id, lang, null);
	return main && (breakdown === main.breakdown ? main : indicatorPage(id, lang, breakdown));
}

/** The preview image of pages without a chart of their own: the headline indicator's main page. */
export const socialDefault = memo(function socialDefault(lang: Lang): SocialImage {
	const page = indicatorPage(HEADLINE_INDICATOR, lang, null);
	if (!page) throw new Error(`The catalogue has no ${HEADLINE_INDICATOR}`);
	return socialImage(lang, page, buildIndicatorView(page.data, page.breakdown, page.options.defaults, lang));
});
