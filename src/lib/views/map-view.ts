// The map view: the three regions' totals in one wave (offered only for waves where one is published).
import type { MapDatum } from '../charts/map/types.ts';
import { t } from '../i18n/messages.ts';
import type { ViewState } from '../state/view-state.ts';
import type { PageObservation } from './indicator-data.ts';
import { itemsText, rangeSentences, standardisationSentences } from './sentences.ts';
import {
	belgianRegionCodes,
	collectFlags,
	emptyRow,
	markDatum,
	ownPreferred,
	pickRow,
	regionLabel,
	sourceLine,
	tableRow,
	type Context,
	type IndicatorView
} from './view-context.ts';

export function mapView(ctx: Context, state: ViewState): IndicatorView {
	const inWave = ownPreferred(ctx.data, 'total').filter((o) => o.wave === state.year);
	const entries = belgianRegionCodes.map((code) => ({
		code,
		label: regionLabel(ctx, code),
		o: pickRow(
			ctx,
			inWave.filter((o) => o.region === code)
		)
	}));
	const shown = entries.map((e) => e.o).filter((o): o is PageObservation => o !== null);
	const wave = shown[0]?.waveLabel ?? state.year;
	const label = (o: PageObservation) => regionLabel(ctx, o.region);
	const data: MapDatum[] = entries.map(({ code, label, o }) => ({ code, ...markDatum(ctx, label, o) }));
	return {
		kind: 'map',
		title: t(ctx.lang, 'title_map', { indicator: ctx.data.indicator.label, wave }),
		description: [
			t(ctx.lang, 'map_description', { items: itemsText(ctx, entries) }),
			...standardisationSentences(ctx, shown, label)
		].join(' '),
		sentences: [...rangeSentences(ctx, shown, label), ...standardisationSentences(ctx, shown, label)],
		sourceLine: sourceLine(ctx, shown),
		bar: null,
		trend: null,
		map: data,
		table: entries.map((e) => (e.o ? tableRow(ctx, e.o, e.label) : emptyRow(ctx, e.code, e.label, wave))),
		flags: collectFlags(ctx, shown, label),
		rows: shown
	};
}
