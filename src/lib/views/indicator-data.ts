// Server side: the slice of the catalogue one indicator page needs, with every label resolved in
// the page's language, so the page (and the client, for other views) never needs the catalogue.
import { indicatorIndex, observationsByIndicator } from '../data/by-indicator.ts';
import { readerFields, type ReaderFields } from '../data/columns.ts';
import { labelIn } from '../data/select.ts';
import type { Indicator, Observation, Unit } from '../data/schema.ts';
import type { Catalogue } from '../data/validate.ts';
import type { Lang } from '../i18n/langs.ts';
import { dateFormat } from '../i18n/date-format.ts';
import { t } from '../i18n/messages.ts';
import type { ViewOptions } from '../state/view-state.ts';
import type { SourceRef } from './types.ts';
import { toSourceRef } from './source-ref.ts';

export interface IndicatorMeta {
	id: string;
	label: string;
	definition: string;
	population: string;
	instrument: string;
	unit: Unit;
	topic: string;
	geography: string;
	decimals: number;
	higherIsBetter: boolean | null;
}

/**
 * One published estimate, in the compact form a page ships: every reader column of the schema
 * (camelCased, in the page's language; see data/columns.ts) plus where it sits in time.
 */
export type PageObservation = ReaderFields & {
	/** Wave key: "2020-04" for an online wave, else the year, else the published period. */
	wave: string;
	waveLabel: string;
	/** Position on a time axis (year, plus months as twelfths), or null when no year is published. */
	x: number | null;
};

export interface SurveyMeta {
	label: string;
	family: string;
	mode: string;
}

export interface IndicatorPageData {
	indicator: IndicatorMeta;
	series: { id: string; label: string; breakNote: string } | null;
	/** Other indicators of the same series (drawn as separate segments of the trend, never joined). */
	siblings: IndicatorMeta[];
	observations: PageObservation[];
	breakdowns: string[];
	labels: {
		regions: Record<string, string>;
		breakdowns: Record<string, string>;
		groups: Record<string, string>;
		flags: Record<string, string>;
	};
	order: { regions: Record<string, number>; groups: Record<string, number> };
	surveys: Record<string, SurveyMeta>;
	sources: Record<string, SourceRef>;
}

export function indicatorMeta(indicator: Indicator, lang: Lang): IndicatorMeta {
	return {
		id: indicator.id,
		label: labelIn(indicator, lang),
		definition: indicator[`definition_${lang}`],
		population: indicator[`population_${lang}`],
		instrument: indicator[`instrument_${lang}`],
		unit: indicator.unit,
		topic: indicator.topic,
		geography: indicator.geography,
		decimals: indicator.decimals,
		higherIsBetter: indicator.higher_is_better
	};
}

export function waveKey(o: Pick<Observation, 'wave_date' | 'year' | 'period'>): string {
	return o.wave_date ?? (o.year !== null ? String(o.year) : (o.period ?? 'undated'));
}

function wavePosition(o: Observation): number | null {
	if (o.wave_date) {
		const [year, month] = o.wave_date.split('-').map(Number);
		return (year ?? 0) + ((month ?? 1) - 1) / 12;
	}
	if (o.year !== null) return o.year;
	return null; // a period without a published year is listed, never placed on a time axis
}

function waveLabel(o: Observation, lang: Lang): string {
	if (o.wave_date) {
		const [year, month] = o.wave_date.split('-').map(Number);
		return dateFormat(lang, { month: 'short', year: 'numeric' }).format(
			new Date(Date.UTC(year ?? 2000, (month ?? 1) - 1, 1))
		);
	}
	return o.period ?? (o.year !== null ? String(o.year) : ''); // "2023-24" when the quote says so
}

/** The age base as a reader reads it: "18+" stays, the codes for an unknown base become words. */
function ageBaseText(ageBase: string, lang: Lang): string {
	if (ageBase === 'not_stated') return t(lang, 'age_base_not_stated');
	if (ageBase === 'not_applicable') return t(lang, 'age_base_not_applicable');
	return ageBase;
}

export function toPageObservation(o: Observation, lang: Lang): PageObservation {
	return {
		...readerFields(o, lang),
		// The page spells out an unknown age base; downloads keep the code.
		ageBase: ageBaseText(o.age_base, lang),
		wave: waveKey(o),
		waveLabel: waveLabel(o, lang),
		x: wavePosition(o)
	};
}

export function indicatorPageData(catalogue: Catalogue, id: string, lang: Lang): IndicatorPageData {
	const indicator = indicatorIndex(catalogue).byId.get(id);
	if (!indicator) throw new Error(`Unknown indicator ${id}`);
	const series = indicator.series ? catalogue.series.find((s) => s.id === indicator.series) : undefined;
	const siblings = indicator.series
		? (indicatorIndex(catalogue).bySeries.get(indicator.series) ?? []).filter((i) => i.id !== id)
		: [];
	const siblingIds = new Set(siblings.map((s) => s.id));
	const byIndicator = observationsByIndicator(catalogue);
	const rows = [
		...(byIndicator.get(id) ?? []),
		...[...siblingIds].flatMap((s) => (byIndicator.get(s) ?? []).filter((o) => o.preferred))
	];
	const used = <K extends keyof Observation>(key: K) => new Set(rows.map((o) => String(o[key])));
	const regions = used('region');
	// Bars of a Belgian indicator and every map list the three regions, even one without a value.
	for (const r of ['BE-VLG', 'BE-BRU', 'BE-WAL']) regions.add(r);
	const breakdownCodes = used('breakdown');
	const groupKeys = new Set(rows.map((o) => `${o.breakdown}/${o.group}`));
	const flags = new Set(rows.flatMap((o) => o.flags));
	const labels: IndicatorPageData['labels'] = { regions: {}, breakdowns: {}, groups: {}, flags: {} };
	const order: IndicatorPageData['order'] = { regions: {}, groups: {} };
	for (const d of catalogue.dimensions) {
		if (d.dimension === 'region' && regions.has(d.code)) {
			labels.regions[d.code] = labelIn(d, lang);
			order.regions[d.code] = d.order;
		} else if (d.dimension === 'breakdown' && breakdownCodes.has(d.code)) labels.breakdowns[d.code] = labelIn(d, lang);
		else if (d.dimension === 'group' && groupKeys.has(`${d.parent}/${d.code}`)) {
			labels.groups[`${d.parent}/${d.code}`] = labelIn(d, lang);
			order.groups[`${d.parent}/${d.code}`] = d.order;
		} else if (d.dimension === 'flag' && flags.has(d.code)) labels.flags[d.code] = labelIn(d, lang);
	}
	const breakdownOrder = new Map(
		catalogue.dimensions.filter((d) => d.dimension === 'breakdown').map((d) => [d.code, d.order])
	);
	const own = rows.filter((o) => o.indicator === id && o.preferred);
	const breakdowns = [...new Set(own.map((o) => o.breakdown))].sort(
		(a, b) => (breakdownOrder.get(a) ?? 99) - (breakdownOrder.get(b) ?? 99)
	);
	const surveyIds = used('survey');
	const sourceIds = used('source');
	return {
		indicator: indicatorMeta(indicator, lang),
		series: series ? { id: series.id, label: labelIn(series, lang), breakNote: series[`break_note_${lang}`] } : null,
		siblings: siblings.map((s) => indicatorMeta(s, lang)),
		observations: rows.map((o) => toPageObservation(o, lang)),
		breakdowns,
		labels,
		order,
		surveys: Object.fromEntries(
			catalogue.surveys
				.filter((s) => surveyIds.has(s.id))
				.map((s) => [s.id, { label: labelIn(s, lang), family: s.family, mode: s.mode }])
		),
		sources: Object.fromEntries(
			catalogue.sources.filter((s) => sourceIds.has(s.id)).map((s) => [s.id, toSourceRef(s, lang)])
		)
	};
}

/** What an indicator page receives: its data slice, the breakdown it shows and the valid views. */
export interface IndicatorPage {
	data: IndicatorPageData;
	breakdown: string;
	options: ViewOptions;
	defaultBreakdown: string;
	/** The same concept measured differently (its series), with what sets each apart. */
	lookAlikes: LookAlike[];
}

export interface LookAlike {
	id: string;
	label: string;
	distinction: string;
}
