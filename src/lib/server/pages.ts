// Which pages exist: the prerender entries and the load functions of indicator pages share this.
import { langs, type Lang } from '../i18n/langs.ts';
import { indicatorPageData, type IndicatorPage } from '../views/indicator-data.ts';
import { viewOptionsFor } from '../views/indicator-view.ts';
import { loadCatalogue } from './catalogue.ts';

export function indicatorEntries(): { lang: Lang; id: string }[] {
	return loadCatalogue().indicators.flatMap((i) => langs.map((lang) => ({ lang, id: i.id })));
}

export function breakdownEntries(): { lang: Lang; id: string; breakdown: string }[] {
	const catalogue = loadCatalogue();
	return catalogue.indicators.flatMap((i) => {
		const breakdowns = [...new Set(catalogue.observations.filter((o) => o.indicator === i.id && o.preferred).map((o) => o.breakdown))];
		return breakdowns.filter((b) => b !== defaultBreakdown(breakdowns)).flatMap((breakdown) => langs.map((lang) => ({ lang, id: i.id, breakdown })));
	});
}

/** The breakdown of an indicator's main page: the total if published, else the first one. */
export function defaultBreakdown(breakdowns: readonly string[]): string {
	return breakdowns.includes('total') ? 'total' : (breakdowns[0] ?? 'total');
}

export function indicatorPage(id: string, lang: Lang, breakdown: string | null): IndicatorPage | null {
	const catalogue = loadCatalogue();
	if (!catalogue.indicators.some((i) => i.id === id)) return null;
	const data = indicatorPageData(catalogue, id, lang);
	const main = defaultBreakdown(data.breakdowns);
	const chosen = breakdown ?? main;
	if (!data.breakdowns.includes(chosen) || (breakdown !== null && breakdown === main)) return null;
	return { data, breakdown: chosen, options: viewOptionsFor(data, chosen), defaultBreakdown: main };
}
