// What every view of an indicator shares: its input (page data, breakdown, language), labels in the
// page's language, values with their † mark, CI text, table rows, source line and flag notes.
// Pure: the bar, trend, map and table views (one module each) are built from these.
import type { BarDatum } from '../charts/bar/types.ts';
import type { LineSegment, SeriesBreak } from '../charts/line/types.ts';
import type { MapDatum } from '../charts/map/types.ts';
import { formatNumber, formatValue } from '../format/number.ts';
import type { Lang } from '../i18n/langs.ts';
import { t } from '../i18n/messages.ts';
import type { ViewKind } from '../state/view-state.ts';
import type { ComparableFacts } from './comparable.ts';
import { FLAG_MARK, flagNotes } from './flag-notes.ts';
import type { IndicatorMeta, IndicatorPageData, PageObservation } from './indicator-data.ts';
import type { FlagNote, TableRow } from './types.ts';

/** Everything one view of an indicator shows. */
export interface IndicatorView {
	kind: ViewKind;
	title: string;
	description: string;
	sentences: string[];
	sourceLine: string;
	bar: BarDatum[] | null;
	trend: { segments: LineSegment[]; breaks: SeriesBreak[] } | null;
	map: MapDatum[] | null;
	table: TableRow[];
	flags: FlagNote[];
	/** Exactly the published rows this view shows (what a download of the view contains). */
	rows: PageObservation[];
}

export interface Context {
	data: IndicatorPageData;
	breakdown: string;
	lang: Lang;
}

export const belgianRegionCodes = ['BE-VLG', 'BE-BRU', 'BE-WAL'] as const;
export const isBelgianRegion = (code: string) => (belgianRegionCodes as readonly string[]).includes(code);
/** Belgium is highlighted; EU and world aggregates are marked as averages. */
export const isAverageRegion = (code: string) => code.startsWith('EU') || code === 'WORLD';
export const isReferenceRegion = (code: string) => code === 'BE' || isAverageRegion(code);
export const byX = (a: PageObservation, b: PageObservation) => (a.x ?? -Infinity) - (b.x ?? -Infinity);

/** The indicator's own preferred rows of one breakdown (siblings of its series excluded). */
export function ownPreferred(data: IndicatorPageData, breakdown: string): PageObservation[] {
	return data.observations.filter((o) => o.indicator === data.indicator.id && o.preferred && o.breakdown === breakdown);
}

export const regionOrder = (ctx: Pick<Context, 'data'>, code: string) => ctx.data.order.regions[code] ?? 999;
export const groupOrder = (ctx: Pick<Context, 'data'>, breakdown: string, group: string) =>
	ctx.data.order.groups[`${breakdown}/${group}`] ?? 999;

/** Where a wave has two preferred rows of one cell (two age bases), the one of the indicator's population. */
export function pickRow(ctx: Context, rows: PageObservation[]): PageObservation | null {
	return rows.find((o) => o.ageBase === ctx.data.indicator.population) ?? rows[0] ?? null;
}

/** The value as published, formatted for the locale, without its mark (charts add the mark themselves). */
export function display(ctx: Context, o: Pick<PageObservation, 'value' | 'decimals'>): string {
	return formatValue(o.value, o.decimals, ctx.data.indicator.unit, ctx.lang);
}

/** The value with its † when flagged: what every sentence and description writes. */
export function marked(ctx: Context, o: PageObservation): string {
	return o.flags.length > 0 ? `${display(ctx, o)} ${FLAG_MARK}` : display(ctx, o);
}

export const regionLabel = (ctx: Context, code: string) => ctx.data.labels.regions[code] ?? code;
export const groupLabel = (ctx: Context, o: Pick<PageObservation, 'breakdown' | 'group'>) =>
	ctx.data.labels.groups[`${o.breakdown}/${o.group}`] ?? o.group;
export const breakdownLabel = (ctx: Context) =>
	(ctx.data.labels.breakdowns[ctx.breakdown] ?? ctx.breakdown).toLowerCase();

export function metaOf(ctx: Context, id: string): IndicatorMeta {
	return id === ctx.data.indicator.id
		? ctx.data.indicator
		: (ctx.data.siblings.find((s) => s.id === id) ?? ctx.data.indicator);
}

export const surveyMode = (ctx: Context, o: PageObservation) => ctx.data.surveys[o.survey]?.mode ?? 'not_stated';

export function factsOf(ctx: Context, o: PageObservation): ComparableFacts {
	return {
		indicator: o.indicator,
		instrument: metaOf(ctx, o.indicator).instrument,
		ageBase: o.ageBase,
		standardisation: o.standardisation,
		mode: surveyMode(ctx, o)
	};
}

export function ciText(ctx: Context, o: PageObservation): string {
	if (o.ciLow === null || o.ciHigh === null) return t(ctx.lang, 'ci_not_published');
	return t(ctx.lang, 'ci_range', {
		low: display(ctx, { value: o.ciLow, decimals: o.decimals }),
		high: display(ctx, { value: o.ciHigh, decimals: o.decimals })
	});
}

/** "age-standardised" after a value that is, so no reader takes it for a crude rate. */
export const standardisedMark = (ctx: Context, o: PageObservation): string[] =>
	o.standardisation === 'age_standardised' ? [t(ctx.lang, 'standardised_mark')] : [];

/** What a chart mark's tooltip and accessible name add to the value: its CI (and standardisation) and flag labels. */
export function markNotes(ctx: Context, o: PageObservation): { ciText: string; flagNote?: string } {
	const ci = [ciText(ctx, o), ...standardisedMark(ctx, o)].join(', ');
	const flags = o.flags.map((f) => ctx.data.labels.flags[f] ?? f).join(', ');
	return flags ? { ciText: ci, flagNote: flags } : { ciText: ci };
}

export function tableRow(ctx: Context, o: PageObservation, label: string): TableRow {
	const source = ctx.data.sources[o.source]?.publisher ?? o.source;
	return {
		// The key of an observation (indicator, survey, region, breakdown, group, age base) plus its
		// preference, source and value, so a preferred row and its "also reported" twins never share a key.
		key: `${o.indicator}|${o.survey}|${o.region}|${o.breakdown}|${o.group}|${o.ageBase}|${o.preferred}|${o.sourceUrl}|${o.valueText}`,
		label,
		wave: [o.waveLabel, ...standardisedMark(ctx, o)].join(' · '),
		display: o.preferred
			? display(ctx, o)
			: `${t(ctx.lang, 'also_reported_prefix')}${t(ctx.lang, 'colon')}${display(ctx, o)}`,
		ci: ciText(ctx, o),
		n: o.n !== null ? formatNumber(o.n, 0, ctx.lang) : t(ctx.lang, 'not_published'),
		source,
		flagged: o.flags.length > 0,
		alsoReported: !o.preferred
	};
}

export function emptyRow(ctx: Context, key: string, label: string, wave: string): TableRow {
	const none = t(ctx.lang, 'no_data');
	return { key, label, wave, display: none, ci: '', n: '', source: '', flagged: false, alsoReported: false };
}

export function sourceLine(ctx: Context, rows: PageObservation[]): string {
	const sources = [...new Set(rows.map((o) => ctx.data.sources[o.source]?.publisher ?? o.source))].join(', ');
	const surveys = [...new Set(rows.map((o) => ctx.data.surveys[o.survey]?.label ?? o.survey))].join(', ');
	return t(ctx.lang, 'source_line', { source: sources, survey: surveys });
}

export function collectFlags(
	ctx: Context,
	rows: PageObservation[],
	subject: (o: PageObservation) => string
): FlagNote[] {
	return flagNotes(
		rows.map((o) => ({ labels: o.flags.map((f) => ctx.data.labels.flags[f] ?? f), note: o.note, subject: subject(o) }))
	);
}

/** A chart mark's datum: value and "no data" text, CI, flag, and what its tooltip adds. */
export function markDatum(ctx: Context, label: string, o: PageObservation | null) {
	return {
		label,
		value: o?.value ?? null,
		display: o ? display(ctx, o) : t(ctx.lang, 'no_data'),
		flagged: (o?.flags.length ?? 0) > 0,
		...(o ? markNotes(ctx, o) : {})
	};
}
