// The trend view: one area over the waves, one line per run of comparable values. A line never joins
// two values comparable() rejects (another instrument, age base, standardisation or survey mode):
// it breaks there, as at a series break, and a sentence says why.
import type { LineSegment, SeriesBreak } from '../charts/line/types.ts';
import { t } from '../i18n/messages.ts';
import type { ViewState } from '../state/view-state.ts';
import { comparable, type NotComparable } from './comparable.ts';
import type { PageObservation } from './indicator-data.ts';
import { changeSentences, reasonText, standardisationSentences } from './sentences.ts';
import {
	byX,
	collectFlags,
	display,
	factsOf,
	groupLabel,
	groupOrder,
	marked,
	markNotes,
	metaOf,
	regionLabel,
	sourceLine,
	surveyMode,
	tableRow,
	type Context,
	type IndicatorView
} from './view-context.ts';

interface Run {
	/** The first row's identity (indicator, survey, group, age base): unique among one area's rows. */
	key: string;
	rows: PageObservation[];
}

/**
 * Rows (one area, sorted by wave) into runs: a row joins the run of its group whose last value is
 * comparable and earlier; else it starts a run. Also returns why runs of one indicator were split.
 */
export function comparableRuns(ctx: Context, rows: PageObservation[]): { runs: Run[]; reasons: NotComparable[] } {
	const runs: Run[] = [];
	const reasons: NotComparable[] = [];
	for (const o of rows) {
		const ofGroup = runs.filter((r) => r.rows[0]?.group === o.group);
		const open = ofGroup.find((r) => {
			const last = r.rows.at(-1) as PageObservation;
			return (last.x ?? 0) < (o.x ?? 0) && comparable(factsOf(ctx, last), factsOf(ctx, o)) === null;
		});
		if (open) {
			open.rows.push(o);
			continue;
		}
		for (const r of ofGroup) {
			const why = comparable(factsOf(ctx, r.rows.at(-1) as PageObservation), factsOf(ctx, o));
			if (why && why.reason !== 'instrument' && why.reason !== 'definition') reasons.push(why);
		}
		runs.push({ key: `${o.indicator}|${o.survey}|${o.group}|${o.ageBase}`, rows: [o] });
	}
	return { runs, reasons };
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

export function trendView(ctx: Context, state: ViewState): IndicatorView {
	const rows = ctx.data.observations
		.filter((o) => o.preferred && o.breakdown === ctx.breakdown && o.region === state.region && o.x !== null)
		.sort(byX);
	const online = (o: PageObservation) => surveyMode(ctx, o) === 'online';
	const single = new Set(rows.map((o) => o.group)).size === 1;
	const severalAgeBases = new Set(rows.map((o) => o.ageBase)).size > 1;
	const lineLabel = (o: PageObservation) => {
		const meta = metaOf(ctx, o.indicator);
		const name = single ? meta.instrument || meta.label : `${groupLabel(ctx, o)} · ${meta.instrument}`;
		// The instrument may already say it was asked online ("… (online)", "… (en ligne)").
		const mode = `(${t(ctx.lang, 'mode_short_online')})`;
		const modeNote = online(o) && !name.includes(mode) ? ` ${mode}` : '';
		return `${name}${modeNote}${severalAgeBases ? ` (${o.ageBase})` : ''}`;
	};
	const { runs, reasons } = comparableRuns(ctx, rows);
	const order = (r: Run) => groupOrder(ctx, ctx.breakdown, r.rows[0]?.group ?? '');
	runs.sort((a, b) => order(a) - order(b));
	const segments: LineSegment[] = runs.map(({ key, rows: points }) => {
		const first = points[0] as PageObservation;
		return {
			key,
			label: lineLabel(first),
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
	const items = runs
		.map((r) =>
			t(ctx.lang, 'trend_segment', {
				label: lineLabel(r.rows[0] as PageObservation),
				points: r.rows.map((o) => `${o.waveLabel} ${marked(ctx, o)}`).join(', ')
			})
		)
		.join(t(ctx.lang, 'list_separator'));
	const whyApart = [...new Set(reasons.map((why) => reasonText(ctx.lang, why)))];
	const label = (o: PageObservation) => `${lineLabel(o)} ${o.waveLabel}`;
	const sentences = [
		...(latest && single ? changeSentences(ctx, latest, place) : []),
		...(breaks.length > 0 && ctx.data.series
			? [t(ctx.lang, 'series_break_sentence', { note: ctx.data.series.breakNote })]
			: []),
		...whyApart.map((reason) => t(ctx.lang, 'trend_not_joined', { reason })),
		...(segments.some((s) => s.style === 'dashed') ? [t(ctx.lang, 'online_survey_note')] : []),
		...standardisationSentences(ctx, rows, label)
	];
	return {
		kind: 'trend',
		title: t(ctx.lang, 'title_trend', { indicator: ctx.data.indicator.label, place }),
		description: t(ctx.lang, 'trend_description', { count: segments.length, items }),
		sentences: [...new Set(sentences)],
		sourceLine: sourceLine(ctx, rows),
		bar: null,
		trend: { segments, breaks },
		map: null,
		table: rows.map((o) => tableRow(ctx, o, lineLabel(o))),
		flags: collectFlags(ctx, rows, label),
		rows
	};
}
