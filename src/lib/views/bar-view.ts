// The bar view: one wave, by area (the total breakdown) or by group within one area. The home page,
// indicator pages, stories, embeds and cards all draw their bars from this one view model.
import type { BarDatum } from '../charts/bar/types.ts';
import { t } from '../i18n/messages.ts';
import type { ViewState } from '../state/view-state.ts';
import type { PageObservation } from './indicator-data.ts';
import { changeSentences, itemsText, rangeSentences, standardisationSentences } from './sentences.ts';
import {
	belgianRegionCodes,
	breakdownLabel,
	collectFlags,
	emptyRow,
	groupLabel,
	groupOrder,
	isAverageRegion,
	isBelgianRegion,
	isReferenceRegion,
	markDatum,
	ownPreferred,
	pickRow,
	regionLabel,
	regionOrder,
	sourceLine,
	tableRow,
	type Context,
	type IndicatorView
} from './view-context.ts';

/** One bar per key (region or group code, unique by construction), with its row or null ("no data"). */
interface Entry {
	key: string;
	label: string;
	o: PageObservation | null;
}

function barDatum(ctx: Context, { key, label, o }: Entry, byRegion: boolean): BarDatum {
	return {
		key,
		...markDatum(ctx, label, o),
		ciLow: o?.ciLow ?? null,
		ciHigh: o?.ciHigh ?? null,
		reference: byRegion && key === 'BE',
		average: byRegion && isAverageRegion(key)
	};
}

/** Areas in one wave: Belgium and its regions (a missing region reads "no data"), or countries. */
function regionEntries(ctx: Context, inWave: PageObservation[]): Entry[] {
	const all = ownPreferred(ctx.data, ctx.breakdown);
	const regions = new Set(inWave.map((o) => o.region));
	// A Belgian indicator always lists the three regions, so a missing one reads "no data".
	if (ctx.data.indicator.geography === 'belgium' && all.some((o) => isBelgianRegion(o.region)))
		for (const r of belgianRegionCodes) regions.add(r);
	const entries = [...regions]
		.sort((a, b) => regionOrder(ctx, a) - regionOrder(ctx, b))
		.map((r) => ({
			key: r,
			label: regionLabel(ctx, r),
			o: pickRow(
				ctx,
				inWave.filter((o) => o.region === r)
			)
		}));
	// Many countries read best ranked by value.
	return entries.length > 6 ? entries.sort((a, b) => (b.o?.value ?? -1) - (a.o?.value ?? -1)) : entries;
}

/** Groups of the breakdown in one area and wave, in their natural order (dimensions.csv `order`). */
function groupEntries(ctx: Context, inRegion: PageObservation[], wave: string): Entry[] {
	const groups = [...new Set(inRegion.map((o) => o.group))].sort(
		(a, b) => groupOrder(ctx, ctx.breakdown, a) - groupOrder(ctx, ctx.breakdown, b)
	);
	return groups.map((g) => ({
		key: g,
		label: groupLabel(ctx, { breakdown: ctx.breakdown, group: g }),
		o: pickRow(
			ctx,
			inRegion.filter((o) => o.group === g && o.wave === wave)
		)
	}));
}

export function barView(ctx: Context, state: ViewState): IndicatorView {
	const all = ownPreferred(ctx.data, ctx.breakdown);
	const indicator = ctx.data.indicator.label;
	const byRegion = ctx.breakdown === 'total';
	const entries = byRegion
		? regionEntries(
				ctx,
				all.filter((o) => o.wave === state.year)
			)
		: groupEntries(
				ctx,
				all.filter((o) => o.region === state.region),
				state.year
			);
	const shown = entries.map((e) => e.o).filter((o): o is PageObservation => o !== null);
	const label = (o: PageObservation) => entries.find((e) => e.o === o)?.label ?? '';
	const wave = shown[0]?.waveLabel ?? state.year;
	const place = regionLabel(ctx, state.region);
	const headline = byRegion
		? (shown.find((o) => o.region === state.region) ?? shown.find((o) => o.region === 'BE'))
		: undefined;
	const compared = byRegion ? shown.filter((o) => !isReferenceRegion(o.region)) : shown;
	const sentences = [
		...(headline ? changeSentences(ctx, headline, regionLabel(ctx, headline.region)) : []),
		...rangeSentences(ctx, compared, label),
		...standardisationSentences(ctx, shown, label)
	];
	const bars = entries.map((e) => barDatum(ctx, e, byRegion));
	return {
		kind: 'bar',
		title: byRegion
			? t(ctx.lang, 'title_regions', { indicator, wave })
			: t(ctx.lang, 'title_groups', { indicator, breakdown: breakdownLabel(ctx), place, wave }),
		description: [
			t(ctx.lang, 'chart_description', { count: bars.length, items: itemsText(ctx, entries) }),
			...standardisationSentences(ctx, shown, label)
		].join(' '),
		sentences: [...new Set(sentences)],
		sourceLine: sourceLine(ctx, shown),
		bar: bars,
		trend: null,
		map: null,
		table: entries.map((e) => (e.o ? tableRow(ctx, e.o, e.label) : emptyRow(ctx, e.key, e.label, wave))),
		flags: collectFlags(ctx, shown, label),
		rows: shown
	};
}
