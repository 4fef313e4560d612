// Pure: an indicator's page data + the view state → everything one view shows (chart geometry
// input, table, sentence, flags, rows for downloads). Runs at build time for the prerendered
// default views and in the browser when a reader changes the view.
import type { BarDatum } from '../charts/bar/types.ts';
import type { LineSegment, SeriesBreak } from '../charts/line/types.ts';
import type { MapDatum } from '../charts/map/types.ts';
import { formatValue } from '../format/number.ts';
import type { Lang } from '../i18n/langs.ts';
import { t } from '../i18n/messages.ts';
import type { ViewKind, ViewOptions, ViewState } from '../state/view-state.ts';
import type { IndicatorMeta, IndicatorPageData, PageObservation } from './indicator-data.ts';
import type { FlagNote, TableRow } from './types.ts';

export const belgianRegionCodes = ['BE-VLG', 'BE-BRU', 'BE-WAL'] as const;

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

const isBelgianRegion = (code: string) => (belgianRegionCodes as readonly string[]).includes(code);
/** Belgium is highlighted; EU and world aggregates are marked as averages. */
const isAverageRegion = (code: string) => code.startsWith('EU') || code === 'WORLD';
const isReferenceRegion = (code: string) => code === 'BE' || isAverageRegion(code);
const byX = (a: PageObservation, b: PageObservation) => (a.x ?? -Infinity) - (b.x ?? -Infinity);

function ownPreferred(data: IndicatorPageData, breakdown: string): PageObservation[] {
	return data.observations.filter((o) => o.indicator === data.indicator.id && o.preferred && o.breakdown === breakdown);
}

/** Waves, latest first (undated periods last), each once. */
function wavesOf(rows: PageObservation[]): string[] {
	const sorted = [...rows].sort((a, b) => byX(b, a));
	return [...new Set(sorted.map((o) => o.wave))];
}

export function viewOptionsFor(data: IndicatorPageData, breakdown: string): ViewOptions {
	const rows = ownPreferred(data, breakdown);
	const years = wavesOf(rows);
	const regionOrder = (r: string) => data.order.regions[r] ?? 999;
	const regions = [...new Set(rows.map((o) => o.region))].sort((a, b) => regionOrder(a) - regionOrder(b));
	const seriesRows = data.observations.filter((o) => o.preferred && o.breakdown === breakdown && o.x !== null);
	const hasTrend = new Set(seriesRows.map((o) => o.wave)).size >= 2;
	const hasMap = breakdown === 'total' && rows.some((o) => isBelgianRegion(o.region));
	const views: ViewKind[] = [
		'bar',
		...(hasTrend ? (['trend'] as const) : []),
		...(hasMap ? (['map'] as const) : []),
		'table'
	];
	const year = years[0] ?? '';
	const region = regions.includes('BE') ? 'BE' : (regions[0] ?? '');
	const barsInDefault = rows.filter((o) => o.wave === year).length;
	const view: ViewKind = barsInDefault <= 1 && hasTrend ? 'trend' : 'bar';
	return { views, years, regions, defaults: { view, year, region } };
}

interface Context {
	data: IndicatorPageData;
	breakdown: string;
	lang: Lang;
}

function display(ctx: Context, o: Pick<PageObservation, 'value' | 'decimals'>): string {
	return formatValue(o.value, o.decimals, ctx.data.indicator.unit, ctx.lang);
}
const regionLabel = (ctx: Context, code: string) => ctx.data.labels.regions[code] ?? code;
const groupLabel = (ctx: Context, o: Pick<PageObservation, 'breakdown' | 'group'>) =>
	ctx.data.labels.groups[`${o.breakdown}/${o.group}`] ?? o.group;
const breakdownLabel = (ctx: Context) => (ctx.data.labels.breakdowns[ctx.breakdown] ?? ctx.breakdown).toLowerCase();

function flagNote(ctx: Context, o: PageObservation, subject: string): FlagNote | null {
	if (o.flags.length === 0) return null;
	return { marker: '†', labels: o.flags.map((f) => ctx.data.labels.flags[f] ?? f), note: o.note, subject };
}

/** What a chart mark's tooltip and accessible name add to the value: its CI and flag labels. */
function markNotes(ctx: Context, o: PageObservation): { ciText: string; flagNote?: string } {
	const flags = o.flags.map((f) => ctx.data.labels.flags[f] ?? f).join(', ');
	return flags ? { ciText: ciText(ctx, o), flagNote: flags } : { ciText: ciText(ctx, o) };
}

function ciText(ctx: Context, o: PageObservation): string {
	if (o.ciLow === null || o.ciHigh === null) return t(ctx.lang, 'ci_not_published');
	return t(ctx.lang, 'ci_range', {
		low: display(ctx, { value: o.ciLow, decimals: o.decimals }),
		high: display(ctx, { value: o.ciHigh, decimals: o.decimals })
	});
}

function tableRow(ctx: Context, o: PageObservation, label: string): TableRow {
	const source = ctx.data.sources[o.source]?.publisher ?? o.source;
	return {
		key: `${o.indicator}|${o.survey}|${o.region}|${o.breakdown}|${o.group}|${o.ageBase}|${o.origin}`,
		label,
		wave: o.waveLabel,
		display: o.preferred ? display(ctx, o) : `${t(ctx.lang, 'also_reported_prefix')}: ${display(ctx, o)}`,
		ci: ciText(ctx, o),
		n: o.n !== null ? String(o.n) : t(ctx.lang, 'not_published'),
		source,
		flagged: o.flags.length > 0,
		alsoReported: !o.preferred
	};
}

function sourceLine(ctx: Context, rows: PageObservation[]): string {
	const sources = [...new Set(rows.map((o) => ctx.data.sources[o.source]?.publisher ?? o.source))].join(', ');
	const surveys = [...new Set(rows.map((o) => ctx.data.surveys[o.survey]?.label ?? o.survey))].join(', ');
	return t(ctx.lang, 'source_line', { source: sources, survey: surveys });
}

/** One note per distinct (flags, note), naming every value it applies to. */
function collectFlags(ctx: Context, rows: PageObservation[], subject: (o: PageObservation) => string): FlagNote[] {
	const notes = new Map<string, FlagNote>();
	for (const o of rows) {
		const note = flagNote(ctx, o, subject(o));
		if (!note) continue;
		const key = `${note.labels.join('|')}|${note.note ?? ''}`;
		const same = notes.get(key);
		if (!same) notes.set(key, note);
		else if (!same.subject.split(', ').includes(note.subject)) same.subject = `${same.subject}, ${note.subject}`;
	}
	return [...notes.values()];
}

/** Says whether published CIs overlap; without CIs, says that no claim can be made. */
function ciSentence(ctx: Context, a: PageObservation, b: PageObservation): string {
	if (a.ciLow === null || a.ciHigh === null || b.ciLow === null || b.ciHigh === null) return t(ctx.lang, 'ci_no_claim');
	const overlap = a.ciLow <= b.ciHigh && b.ciLow <= a.ciHigh;
	return t(ctx.lang, overlap ? 'ci_overlap' : 'ci_no_overlap');
}

/** The previous wave of the same indicator, region and group, from the same survey family. */
function previousOf(ctx: Context, o: PageObservation): PageObservation | null {
	const family = ctx.data.surveys[o.survey]?.family;
	const earlier = ctx.data.observations
		.filter(
			(p) =>
				p.indicator === o.indicator &&
				p.preferred &&
				p.region === o.region &&
				p.breakdown === o.breakdown &&
				p.group === o.group &&
				p.x !== null &&
				o.x !== null &&
				p.x < o.x &&
				ctx.data.surveys[p.survey]?.family === family
		)
		.sort(byX);
	return earlier.at(-1) ?? null;
}

function changeSentence(ctx: Context, o: PageObservation, place: string): string[] {
	const previous = previousOf(ctx, o);
	const indicator = ctx.data.indicator.label;
	if (!previous)
		return [t(ctx.lang, 'sentence_value', { indicator, value: display(ctx, o), wave: o.waveLabel, place })];
	return [
		t(ctx.lang, 'sentence_change', {
			indicator,
			value: display(ctx, o),
			wave: o.waveLabel,
			place,
			previous: display(ctx, previous),
			previous_wave: previous.waveLabel
		}),
		ciSentence(ctx, o, previous)
	];
}

function rangeSentences(ctx: Context, rows: PageObservation[], label: (o: PageObservation) => string): string[] {
	if (rows.length < 2) return [];
	const sorted = [...rows].sort((a, b) => b.value - a.value);
	const high = sorted[0] as PageObservation;
	const low = sorted.at(-1) as PageObservation;
	if (high.value === low.value) return [];
	return [
		t(ctx.lang, 'sentence_range', {
			high_label: label(high),
			high: display(ctx, high),
			low_label: label(low),
			low: display(ctx, low)
		}),
		ciSentence(ctx, high, low)
	];
}

function barDatum(ctx: Context, key: string, label: string, o: PageObservation | null): BarDatum {
	return {
		key,
		label,
		value: o?.value ?? null,
		display: o ? display(ctx, o) : t(ctx.lang, 'no_data'),
		ciLow: o?.ciLow ?? null,
		ciHigh: o?.ciHigh ?? null,
		flagged: (o?.flags.length ?? 0) > 0,
		reference: key === 'BE',
		average: isAverageRegion(key),
		...(o ? markNotes(ctx, o) : {})
	};
}

function barView(ctx: Context, state: ViewState): IndicatorView {
	const all = ownPreferred(ctx.data, ctx.breakdown);
	const indicator = ctx.data.indicator.label;
	if (ctx.breakdown === 'total') {
		const inWave = all.filter((o) => o.wave === state.year);
		const regions = new Set(inWave.map((o) => o.region));
		// A Belgian indicator always lists the three regions, so a missing one reads "no data".
		if (ctx.data.indicator.geography === 'belgium' && all.some((o) => isBelgianRegion(o.region)))
			for (const r of belgianRegionCodes) regions.add(r);
		const order = (r: string) => ctx.data.order.regions[r] ?? 999;
		const find = (r: string) => inWave.find((o) => o.region === r) ?? null;
		let codes = [...regions].sort((a, b) => order(a) - order(b));
		if (codes.length > 6) codes = codes.sort((a, b) => (find(b)?.value ?? -1) - (find(a)?.value ?? -1));
		const shown = codes.map(find).filter((o): o is PageObservation => o !== null);
		const headline = shown.find((o) => o.region === state.region) ?? shown.find((o) => o.region === 'BE');
		const sentences = [
			...(headline ? changeSentence(ctx, headline, regionLabel(ctx, headline.region)) : []),
			...rangeSentences(
				ctx,
				shown.filter((o) => !isReferenceRegion(o.region)),
				(o) => regionLabel(ctx, o.region)
			)
		];
		const waveLabel = shown[0]?.waveLabel ?? state.year;
		return {
			kind: 'bar',
			title: t(ctx.lang, 'title_regions', { indicator, wave: waveLabel }),
			description: barDescription(
				ctx,
				codes.map((c) => barDatum(ctx, c, regionLabel(ctx, c), find(c)))
			),
			sentences: dedupe(sentences),
			sourceLine: sourceLine(ctx, shown),
			bar: codes.map((c) => barDatum(ctx, c, regionLabel(ctx, c), find(c))),
			trend: null,
			map: null,
			table: codes.map((c) => {
				const o = find(c);
				return o ? tableRow(ctx, o, regionLabel(ctx, c)) : emptyRow(ctx, c, regionLabel(ctx, c), waveLabel);
			}),
			flags: collectFlags(ctx, shown, (o) => regionLabel(ctx, o.region)),
			rows: shown
		};
	}
	const inRegion = all.filter((o) => o.region === state.region);
	const groupOrder = (g: string) => ctx.data.order.groups[`${ctx.breakdown}/${g}`] ?? 999;
	const groups = [...new Set(inRegion.map((o) => o.group))].sort((a, b) => groupOrder(a) - groupOrder(b));
	const inWave = inRegion.filter((o) => o.wave === state.year);
	const find = (g: string) => inWave.find((o) => o.group === g) ?? null;
	const label = (g: string) => groupLabel(ctx, { breakdown: ctx.breakdown, group: g });
	const shown = groups.map(find).filter((o): o is PageObservation => o !== null);
	const waveLabel = shown[0]?.waveLabel ?? state.year;
	const place = regionLabel(ctx, state.region);
	const bars = groups.map((g) => ({ ...barDatum(ctx, g, label(g), find(g)), reference: false }));
	return {
		kind: 'bar',
		title: t(ctx.lang, 'title_groups', { indicator, breakdown: breakdownLabel(ctx), place, wave: waveLabel }),
		description: barDescription(ctx, bars),
		sentences: rangeSentences(ctx, shown, (o) => label(o.group)),
		sourceLine: sourceLine(ctx, shown),
		bar: bars,
		trend: null,
		map: null,
		table: groups.map((g) => {
			const o = find(g);
			return o ? tableRow(ctx, o, label(g)) : emptyRow(ctx, g, label(g), waveLabel);
		}),
		flags: collectFlags(ctx, shown, (o) => label(o.group)),
		rows: shown
	};
}

function emptyRow(ctx: Context, key: string, label: string, wave: string): TableRow {
	const none = t(ctx.lang, 'no_data');
	return { key, label, wave, display: none, ci: '', n: '', source: '', flagged: false, alsoReported: false };
}

function barDescription(ctx: Context, bars: BarDatum[]): string {
	const items = bars
		.map((b) =>
			b.value === null
				? t(ctx.lang, 'chart_item_no_data', { label: b.label })
				: t(ctx.lang, 'chart_item', { label: b.label, value: `${b.display}${b.flagged ? ' †' : ''}` })
		)
		.join('; ');
	return t(ctx.lang, 'chart_description', { count: bars.length, items });
}

const dedupe = (list: string[]) => [...new Set(list)];

function metaOf(ctx: Context, id: string): IndicatorMeta {
	return id === ctx.data.indicator.id
		? ctx.data.indicator
		: (ctx.data.siblings.find((s) => s.id === id) ?? ctx.data.indicator);
}

function trendView(ctx: Context, state: ViewState): IndicatorView {
	const rows = ctx.data.observations
		.filter((o) => o.preferred && o.breakdown === ctx.breakdown && o.region === state.region && o.x !== null)
		.sort(byX);
	const online = (o: PageObservation) => ctx.data.surveys[o.survey]?.mode === 'online';
	const segmentKey = (o: PageObservation) => `${o.indicator}|${o.group}|${online(o) ? 'online' : 'main'}`;
	const keys = [...new Set(rows.map(segmentKey))];
	const single = new Set(rows.map((o) => o.group)).size === 1;
	const segments: LineSegment[] = keys.map((key) => {
		const points = rows.filter((o) => segmentKey(o) === key);
		const first = points[0] as PageObservation;
		const meta = metaOf(ctx, first.indicator);
		const mode = online(first) ? ' (online)' : '';
		return {
			key,
			label: single
				? `${meta.instrument || meta.label}${mode}`
				: `${groupLabel(ctx, first)} · ${meta.instrument}${mode}`,
			style: online(first) ? 'dashed' : 'solid',
			points: points.map((o) => ({
				x: o.x as number,
				xLabel: o.waveLabel,
				value: o.value,
				display: display(ctx, o),
				ciLow: o.ciLow,
				ciHigh: o.ciHigh,
				flagged: o.flags.length > 0,
				...markNotes(ctx, o)
			}))
		};
	});
	const breaks = seriesBreaks(ctx, rows);
	const place = regionLabel(ctx, state.region);
	const own = rows.filter((o) => o.indicator === ctx.data.indicator.id);
	const latest = own.filter((o) => o.group === 'total' || !single).at(-1);
	const items = segments
		.map((s) =>
			t(ctx.lang, 'trend_segment', {
				label: s.label,
				points: s.points.map((p) => `${p.xLabel} ${p.display}${p.flagged ? ' †' : ''}`).join(', ')
			})
		)
		.join('; ');
	const sentences = [
		...(latest && single ? changeSentence(ctx, latest, place) : []),
		...(breaks.length > 0 && ctx.data.series
			? [t(ctx.lang, 'series_break_sentence', { note: ctx.data.series.breakNote })]
			: []),
		...(segments.some((s) => s.style === 'dashed') ? [t(ctx.lang, 'online_survey_note')] : [])
	];
	return {
		kind: 'trend',
		title: t(ctx.lang, 'title_trend', { indicator: ctx.data.indicator.label, place }),
		description: t(ctx.lang, 'trend_description', { count: segments.length, items }),
		sentences,
		sourceLine: sourceLine(ctx, rows),
		bar: null,
		trend: { segments, breaks },
		map: null,
		table: rows.map((o) =>
			tableRow(
				ctx,
				o,
				single
					? metaOf(ctx, o.indicator).instrument || metaOf(ctx, o.indicator).label
					: `${groupLabel(ctx, o)} · ${metaOf(ctx, o.indicator).instrument}`
			)
		),
		flags: collectFlags(ctx, rows, (o) => `${metaOf(ctx, o.indicator).instrument} ${o.waveLabel}`),
		rows
	};
}

/** A break between consecutive indicators of the series, midway between their waves. */
function seriesBreaks(ctx: Context, rows: PageObservation[]): SeriesBreak[] {
	const ranges = [...new Set(rows.map((o) => o.indicator))]
		.map((id) => {
			const xs = rows.filter((o) => o.indicator === id).map((o) => o.x as number);
			return { id, min: Math.min(...xs), max: Math.max(...xs) };
		})
		.sort((a, b) => a.min - b.min);
	const breaks: SeriesBreak[] = [];
	for (let i = 1; i < ranges.length; i++) {
		const before = ranges[i - 1];
		const after = ranges[i];
		if (before && after && before.max < after.min)
			breaks.push({ x: (before.max + after.min) / 2, label: t(ctx.lang, 'series_break') });
	}
	return breaks;
}

function mapView(ctx: Context, state: ViewState): IndicatorView {
	const inWave = ownPreferred(ctx.data, 'total').filter((o) => o.wave === state.year);
	const find = (r: string) => inWave.find((o) => o.region === r) ?? null;
	const shown = belgianRegionCodes.map(find).filter((o): o is PageObservation => o !== null);
	const waveLabel = shown[0]?.waveLabel ?? state.year;
	const data: MapDatum[] = belgianRegionCodes.map((code) => {
		const o = find(code);
		return {
			code,
			label: regionLabel(ctx, code),
			value: o?.value ?? null,
			display: o ? display(ctx, o) : t(ctx.lang, 'no_data'),
			flagged: (o?.flags.length ?? 0) > 0,
			...(o ? markNotes(ctx, o) : {})
		};
	});
	const items = data
		.map((d) =>
			d.value === null
				? t(ctx.lang, 'chart_item_no_data', { label: d.label })
				: t(ctx.lang, 'chart_item', { label: d.label, value: `${d.display}${d.flagged ? ' †' : ''}` })
		)
		.join('; ');
	return {
		kind: 'map',
		title: t(ctx.lang, 'title_map', { indicator: ctx.data.indicator.label, wave: waveLabel }),
		description: t(ctx.lang, 'map_description', { items }),
		sentences: rangeSentences(ctx, shown, (o) => regionLabel(ctx, o.region)),
		sourceLine: sourceLine(ctx, shown),
		bar: null,
		trend: null,
		map: data,
		table: belgianRegionCodes.map((code) => {
			const o = find(code);
			return o ? tableRow(ctx, o, regionLabel(ctx, code)) : emptyRow(ctx, code, regionLabel(ctx, code), waveLabel);
		}),
		flags: collectFlags(ctx, shown, (o) => regionLabel(ctx, o.region)),
		rows: shown
	};
}

function tableView(ctx: Context): IndicatorView {
	const regionOrder = (r: string) => ctx.data.order.regions[r] ?? 999;
	const groupOrder = (o: PageObservation) => ctx.data.order.groups[`${o.breakdown}/${o.group}`] ?? 999;
	const rows = ctx.data.observations
		.filter((o) => o.indicator === ctx.data.indicator.id && o.breakdown === ctx.breakdown)
		.sort(
			(a, b) =>
				regionOrder(a.region) - regionOrder(b.region) ||
				(b.x ?? -Infinity) - (a.x ?? -Infinity) ||
				groupOrder(a) - groupOrder(b) ||
				Number(b.preferred) - Number(a.preferred)
		);
	const label = (o: PageObservation) =>
		ctx.breakdown === 'total' ? regionLabel(ctx, o.region) : `${regionLabel(ctx, o.region)} · ${groupLabel(ctx, o)}`;
	return {
		kind: 'table',
		title: t(ctx.lang, 'title_table', { indicator: ctx.data.indicator.label, breakdown: breakdownLabel(ctx) }),
		description: t(ctx.lang, 'table_description', { count: rows.length }),
		sentences: [],
		sourceLine: sourceLine(ctx, rows),
		bar: null,
		trend: null,
		map: null,
		table: rows.map((o) => tableRow(ctx, o, label(o))),
		flags: collectFlags(ctx, rows, (o) => `${label(o)} ${o.waveLabel}`),
		rows
	};
}

export function buildIndicatorView(
	data: IndicatorPageData,
	breakdown: string,
	state: ViewState,
	lang: Lang
): IndicatorView {
	const ctx: Context = { data, breakdown, lang };
	switch (state.view) {
		case 'trend':
			return trendView(ctx, state);
		case 'map':
			return mapView(ctx, state);
		case 'table':
			return tableView(ctx);
		default:
			return barView(ctx, state);
	}
}
