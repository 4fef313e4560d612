// Pure: the compare data + a pair → what the compare page and its embed show. Two panels, one per
// indicator, each with its own scale, unit, table and † notes, listing the same groups in the same
// order ("no data" where one indicator published nothing); sentences that describe each pattern
// (highest and lowest group, with the CI caveat of the explorer) and say plainly that group figures
// are no evidence about individuals and no cause.
import { group } from 'd3-array';
import type { BarDatum } from '../charts/bar/types.ts';
import type { Lang } from '../i18n/langs.ts';
import { t } from '../i18n/messages.ts';
import type { ComparePair } from './compare.ts';
import type { CompareData } from './compare-data.ts';
import type { IndicatorMeta, IndicatorPageData, PageObservation } from './indicator-data.ts';
import { ciSentence, itemsText, rangeSentences } from './sentences.ts';
import {
	collectFlags,
	emptyRow,
	groupLabel,
	groupOrder,
	markDatum,
	pickRow,
	regionLabel,
	sourceLine,
	tableRow,
	type Context
} from './view-context.ts';
import type { FlagNote, TableRow } from './types.ts';

/** One indicator's half of the comparison: what a ChartFigure and its bar chart need. */
export interface ComparePanel {
	indicator: IndicatorMeta;
	title: string;
	description: string;
	sourceLine: string;
	bar: BarDatum[];
	table: TableRow[];
	flags: FlagNote[];
	/** The sentence about this indicator's pattern and its CI sentence (null when there is none). */
	pattern: { pattern: string | null; ci: string | null };
	/** Which of its values are age-standardised, in words. */
	standardised: string[];
	rows: PageObservation[];
}

export interface CompareView {
	title: string;
	/** Place and wave, for the subtitle ("België, 2018"). */
	place: string;
	wave: string;
	breakdown: string;
	panels: [ComparePanel, ComparePanel];
	/** Each pattern, then what the two populations are, then the ecological caveat. */
	sentences: string[];
	caveat: string;
	/** Exactly the published rows both panels show: what a download of the comparison contains. */
	rows: PageObservation[];
}

/** Topics whose indicators measure moving (or not); beside a mental-health indicator the caveat says so. */
const activityTopics = new Set(['physical_activity', 'sitting', 'intention', 'international']);

interface Entry {
	key: string;
	label: string;
	o: PageObservation | null;
}

function panel(data: CompareData, id: string, pair: ComparePair, groups: string[], lang: Lang): ComparePanel {
	const ctx: Context = { data: pageDataOf(data, id), breakdown: pair.breakdown, lang };
	const inCell = ctx.data.observations.filter(
		(o) => o.survey === pair.survey && o.region === pair.region && o.breakdown === pair.breakdown
	);
	const entries: Entry[] = groups.map((g) => ({
		key: g,
		label: groupLabel(ctx, { breakdown: pair.breakdown, group: g }),
		o: pickRow(
			ctx,
			inCell.filter((o) => o.group === g && o.wave === pair.wave)
		)
	}));
	const shown = entries.map((e) => e.o).filter((o): o is PageObservation => o !== null);
	const label = (o: PageObservation) => entries.find((e) => e.o === o)?.label ?? '';
	const indicator = ctx.data.indicator;
	const wave = shown[0]?.waveLabel ?? pair.wave;
	const breakdown = (data.labels.breakdowns[pair.breakdown] ?? pair.breakdown).toLowerCase();
	const place = regionLabel(ctx, pair.region);
	const standardised = shown.filter((o) => o.standardisation === 'age_standardised');
	const standardisedText =
		standardised.length === 0
			? []
			: standardised.length === shown.length
				? [t(lang, 'compare_standardised_all', { indicator: indicator.label })]
				: [
						t(lang, 'compare_standardised_some', {
							indicator: indicator.label,
							items: standardised.map(label).join(', ')
						})
					];
	return {
		indicator,
		title: t(lang, 'title_groups', { indicator: indicator.label, breakdown, place, wave }),
		description: [
			t(lang, 'chart_description', { count: entries.length, items: itemsText(ctx, entries) }),
			...standardisedText
		].join(' '),
		sourceLine: sourceLine(ctx, shown),
		bar: entries.map((e) => ({
			key: e.key,
			...markDatum(ctx, e.label, e.o),
			ciLow: e.o?.ciLow ?? null,
			ciHigh: e.o?.ciHigh ?? null,
			reference: false
		})),
		table: entries.map((e) => (e.o ? tableRow(ctx, e.o, e.label) : emptyRow(ctx, e.key, e.label, wave))),
		flags: collectFlags(ctx, shown, label),
		pattern: pattern(ctx, shown, label),
		standardised: standardisedText,
		rows: shown
	};
}

/** "{indicator}: highest … lowest …" (or "the same in every group") and its CI sentence, apart. */
function pattern(
	ctx: Context,
	shown: PageObservation[],
	label: (o: PageObservation) => string
): { pattern: string | null; ci: string | null } {
	const indicator = ctx.data.indicator.label;
	const [first, second] = shown;
	if (!first || !second) return { pattern: null, ci: null };
	if (shown.every((o) => o.value === first.value))
		return { pattern: t(ctx.lang, 'compare_pattern_equal', { indicator }), ci: ciSentence(ctx, first, second) };
	// rangeSentences checks that the groups are comparable with each other and words the CI caveat.
	const [range, ci] = rangeSentences(ctx, shown, label);
	return { pattern: range ? t(ctx.lang, 'compare_pattern', { indicator, pattern: range }) : null, ci: ci ?? null };
}

/** The two indicators' groups in one order: the breakdown's order (dimensions.csv), each group once. */
function groupsOf(data: CompareData, pair: ComparePair): string[] {
	const ctx = { data: pageDataOf(data, pair.a) };
	const groups = observationsOf(data, [pair.a, pair.b])
		.filter(
			(o) =>
				o.survey === pair.survey && o.wave === pair.wave && o.region === pair.region && o.breakdown === pair.breakdown
		)
		.map((o) => o.group);
	return [...new Set(groups)].sort((x, y) => groupOrder(ctx, pair.breakdown, x) - groupOrder(ctx, pair.breakdown, y));
}

/** Both patterns; one CI sentence when it says the same of both, else each after its own pattern, named. */
function patterns(a: ComparePanel, b: ComparePanel, lang: Lang): string[] {
	const [pa, pb] = [a.pattern, b.pattern];
	const named = (p: ComparePanel, ci: string | null) =>
		ci === null ? [] : [t(lang, 'compare_pattern', { indicator: p.indicator.label, pattern: ci })];
	const present = (...items: (string | null)[]) => items.filter((s): s is string => s !== null);
	if (pa.ci === pb.ci) return present(pa.pattern, pb.pattern, pa.ci);
	return [...present(pa.pattern), ...named(a, pa.ci), ...present(pb.pattern), ...named(b, pb.ci)];
}

export function compareView(data: CompareData, pair: ComparePair, lang: Lang): CompareView {
	const groups = groupsOf(data, pair);
	const a = panel(data, pair.a, pair, groups, lang);
	const b = panel(data, pair.b, pair, groups, lang);
	const place = data.labels.regions[pair.region] ?? pair.region;
	const wave = [...a.rows, ...b.rows][0]?.waveLabel ?? pair.wave;
	const breakdown = (data.labels.breakdowns[pair.breakdown] ?? pair.breakdown).toLowerCase();
	const populations =
		a.indicator.population === b.indicator.population
			? []
			: [
					t(lang, 'compare_populations', {
						a: a.indicator.label,
						a_population: a.indicator.population,
						b: b.indicator.label,
						b_population: b.indicator.population
					})
				];
	const topics = [a.indicator.topic, b.indicator.topic];
	const activityAndMind = topics.includes('mental_health') && topics.some((topic) => activityTopics.has(topic));
	const caveat = t(lang, activityAndMind ? 'compare_caveat_activity' : 'compare_caveat');
	return {
		title: t(lang, 'compare_title', { a: a.indicator.label, b: b.indicator.label, breakdown, place, wave }),
		place,
		wave,
		breakdown,
		panels: [a, b],
		sentences: [...new Set([...patterns(a, b, lang), ...a.standardised, ...b.standardised, ...populations, caveat])],
		caveat,
		rows: [...a.rows, ...b.rows]
	};
}

/** One indicator of the compare data as the page data the shared view helpers read. */
export function pageDataOf(data: CompareData, id: string, also: readonly string[] = []): IndicatorPageData {
	const meta = (i: string) => indexOf(data).meta.get(i);
	const indicator = meta(id);
	if (!indicator) throw new Error(`No compare data for ${id}`);
	return {
		indicator,
		series: null,
		// The other indicator of the pair, so downloads and citations name both.
		siblings: also.map(meta).filter((m): m is IndicatorMeta => m !== undefined),
		observations: observationsOf(data, [id, ...also]),
		breakdowns: [],
		labels: data.labels,
		order: data.order,
		surveys: data.surveys,
		sources: data.sources
	};
}

interface CompareIndex {
	meta: Map<string, IndicatorMeta>;
	rows: Map<string, PageObservation[]>;
	position: Map<PageObservation, number>;
}
const indexes = new WeakMap<CompareData, CompareIndex>();

/**
 * Indicators and rows of the compare data by indicator id, built once per data: the prerender draws
 * one compare embed per offered pair, and a scan of every row for each made the build quadratic in
 * the catalogue (issue #13).
 */
function indexOf(data: CompareData): CompareIndex {
	let index = indexes.get(data);
	if (!index) {
		index = {
			meta: new Map(data.indicators.map((m) => [m.id, m])),
			rows: group(data.observations, (o) => o.indicator),
			position: new Map(data.observations.map((o, i) => [o, i]))
		};
		indexes.set(data, index);
	}
	return index;
}

/** The rows of these indicators, in the compare data's order. */
function observationsOf(data: CompareData, ids: readonly string[]): PageObservation[] {
	const { rows, position } = indexOf(data);
	const own = [...new Set(ids)].flatMap((id) => rows.get(id) ?? []);
	return own.sort((x, y) => position.get(x)! - position.get(y)!);
}
