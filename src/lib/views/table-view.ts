// The table view: every published row of the breakdown (preferred and "also reported"), by area,
// latest wave first, groups in their natural order.
import { t } from '../i18n/messages.ts';
import type { PageObservation } from './indicator-data.ts';
import { standardisationSentences } from './sentences.ts';
import {
	breakdownLabel,
	collectFlags,
	groupLabel,
	groupOrder,
	regionLabel,
	regionOrder,
	sourceLine,
	tableRow,
	type Context,
	type IndicatorView
} from './view-context.ts';

export function tableView(ctx: Context): IndicatorView {
	const rows = ctx.data.observations
		.filter((o) => o.indicator === ctx.data.indicator.id && o.breakdown === ctx.breakdown)
		.sort(
			(a, b) =>
				regionOrder(ctx, a.region) - regionOrder(ctx, b.region) ||
				(b.x ?? -Infinity) - (a.x ?? -Infinity) ||
				groupOrder(ctx, a.breakdown, a.group) - groupOrder(ctx, b.breakdown, b.group) ||
				Number(b.preferred) - Number(a.preferred)
		);
	const label = (o: PageObservation) =>
		ctx.breakdown === 'total' ? regionLabel(ctx, o.region) : `${regionLabel(ctx, o.region)} · ${groupLabel(ctx, o)}`;
	const subject = (o: PageObservation) => `${label(o)} ${o.waveLabel}`;
	return {
		kind: 'table',
		title: t(ctx.lang, 'title_table', { indicator: ctx.data.indicator.label, breakdown: breakdownLabel(ctx) }),
		description: t(ctx.lang, 'table_description', { count: rows.length }),
		sentences: standardisationSentences(ctx, rows, subject),
		sourceLine: sourceLine(ctx, rows),
		bar: null,
		trend: null,
		map: null,
		table: rows.map((o) => tableRow(ctx, o, label(o))),
		flags: collectFlags(ctx, rows, subject),
		rows
	};
}
