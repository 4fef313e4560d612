// The home page's view model: the headline figure and its wave's by-region chart, formatted for
// one language (the tiles under it: dashboard.ts). The chart is the indicator page's bar view (bar-view.ts), so the two never drift.
import type { Catalogue } from '../data/validate.ts';
import type { Lang } from '../i18n/langs.ts';
import { t } from '../i18n/messages.ts';
import { comparable } from './comparable.ts';
import { indicatorPageData, type IndicatorPageData, type PageObservation } from './indicator-data.ts';
import { buildIndicatorView, viewOptionsFor } from './indicator-view.ts';
import { reasonText } from './sentences.ts';
import type { ChartView, FlagNote, SourceRef } from './types.ts';
import { byX, ciText, collectFlags, factsOf, marked, regionLabel, type Context } from './view-context.ts';

export const HEADLINE_INDICATOR = 'pa_aerobic_who_ehispaq';

export interface HomeView {
	indicator: { id: string; label: string; definition: string; population: string; instrument: string };
	headline: {
		/** The latest Belgian value, with its † when flagged. */
		value: string;
		sentences: string[];
		year: number;
		survey: string;
		ci: string;
		flags: FlagNote[];
	};
	chart: ChartView | null;
	sources: SourceRef[];
}

/** The latest Belgian total and the one before it, each from a dated wave. */
function headlineRows(data: IndicatorPageData): PageObservation[] {
	return data.observations
		.filter(
			(o) =>
				o.indicator === data.indicator.id &&
				o.preferred &&
				o.region === 'BE' &&
				o.breakdown === 'total' &&
				o.year !== null
		)
		.sort((a, b) => byX(b, a));
}

function headlineSentences(ctx: Context, latest: PageObservation, previous: PageObservation | undefined): string[] {
	const survey = ctx.data.surveys[latest.survey]?.label ?? latest.survey;
	const why = previous ? comparable(factsOf(ctx, latest), factsOf(ctx, previous)) : null;
	if (!previous || why)
		return [
			t(ctx.lang, 'headline_sentence_alone', { value: marked(ctx, latest), year: latest.waveLabel, survey }),
			...(previous && why
				? [t(ctx.lang, 'sentence_not_comparable', { wave: previous.waveLabel, reason: reasonText(ctx.lang, why) })]
				: [])
		];
	return [
		t(ctx.lang, 'headline_sentence', {
			value: marked(ctx, latest),
			year: latest.waveLabel,
			survey,
			previous_value: marked(ctx, previous),
			previous_year: previous.waveLabel
		})
	];
}

/**
 * The bars by area of the headline's own (latest) wave, as the indicator page draws them: a region
 * not published in that wave says "no data" (an older wave's regions would pass for today's).
 */
function regionChart(ctx: Context): { chart: ChartView; rows: PageObservation[] } | null {
	const options = viewOptionsFor(ctx.data, 'total');
	const year = options.years[0];
	if (!year) return null;
	const view = buildIndicatorView(ctx.data, 'total', { view: 'bar', year, region: 'BE' }, ctx.lang);
	return {
		rows: view.rows,
		chart: {
			id: `${ctx.data.indicator.id}-region-${year}`,
			title: view.title,
			description: view.description,
			unit: ctx.data.indicator.unit,
			data: view.bar ?? [],
			table: view.table,
			sourceLine: view.sourceLine,
			flags: view.flags
		}
	};
}

export function homeView(catalogue: Catalogue, lang: Lang): HomeView {
	const data = indicatorPageData(catalogue, HEADLINE_INDICATOR, lang);
	const ctx: Context = { data, breakdown: 'total', lang };
	const [latest, previous] = headlineRows(data);
	if (!latest) throw new Error(`The catalogue has no Belgian total for ${HEADLINE_INDICATOR}`);
	const shown = previous ? [latest, previous] : [latest];
	const chart = regionChart(ctx);
	const sourceIds = new Set([...shown, ...(chart?.rows ?? [])].map((o) => o.source));
	return {
		indicator: {
			id: data.indicator.id,
			label: data.indicator.label,
			definition: data.indicator.definition,
			population: data.indicator.population,
			instrument: data.indicator.instrument
		},
		headline: {
			value: marked(ctx, latest),
			sentences: headlineSentences(ctx, latest, previous),
			year: latest.year ?? 0,
			survey: data.surveys[latest.survey]?.label ?? latest.survey,
			ci: ciText(ctx, latest),
			flags: collectFlags(ctx, shown, (o) => `${regionLabel(ctx, o.region)} ${o.waveLabel}`)
		},
		chart: chart?.chart ?? null,
		sources: [...sourceIds].map((id) => data.sources[id]).filter((s): s is SourceRef => s !== undefined)
	};
}
