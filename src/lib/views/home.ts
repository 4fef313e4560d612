// The home page's view model: the headline figure and the latest by-region chart, formatted for
// one language. Pure: catalogue in, strings out, so pages stay thin and this is unit-tested.
import { dimensionLabel, findIndicator, headlineRows, labelIn, latestRegionalTotals } from '../data/select.ts';
import type { Indicator, Observation } from '../data/schema.ts';
import type { Catalogue } from '../data/validate.ts';
import { formatValue } from '../format/number.ts';
import type { Lang } from '../i18n/langs.ts';
import { t } from '../i18n/messages.ts';
import type { ChartView, FlagNote, SourceRef } from './types.ts';

export const HEADLINE_INDICATOR = 'pa_aerobic_who_ehispaq';

export interface HomeView {
	indicator: { id: string; label: string; definition: string; population: string; instrument: string };
	headline: {
		value: string;
		sentence: string;
		year: number;
		survey: string;
		ci: string;
		flags: FlagNote[];
	};
	chart: ChartView | null;
	sources: SourceRef[];
}

const display = (o: Observation, unit: Indicator['unit'], lang: Lang) => formatValue(o.value, o.decimals, unit, lang);

function surveyLabel(catalogue: Catalogue, id: string, lang: Lang): string {
	const survey = catalogue.surveys.find((s) => s.id === id);
	return survey ? labelIn(survey, lang) : id;
}

function sourceRef(catalogue: Catalogue, id: string): SourceRef | null {
	const s = catalogue.sources.find((x) => x.id === id);
	return s
		? {
				id: s.id,
				title: s.title,
				publisher: s.publisher,
				url: s.url,
				secondary: s.kind === 'secondary',
				licence: s.licence,
				year: s.year
			}
		: null;
}

function flagNote(catalogue: Catalogue, o: Observation, subject: string, lang: Lang): FlagNote | null {
	if (o.flags.length === 0) return null;
	return {
		marker: '†',
		labels: o.flags.map((f) => dimensionLabel(catalogue, 'flag', f, lang)),
		note: o.note,
		subject
	};
}

function ciText(o: Observation, unit: Indicator['unit'], lang: Lang): string {
	if (o.ci_low === null || o.ci_high === null) return t(lang, 'ci_not_published');
	return t(lang, 'ci_range', {
		low: formatValue(o.ci_low, o.decimals, unit, lang),
		high: formatValue(o.ci_high, o.decimals, unit, lang)
	});
}

export function homeView(catalogue: Catalogue, lang: Lang): HomeView {
	const indicator = findIndicator(catalogue, HEADLINE_INDICATOR);
	const rows = headlineRows(catalogue, HEADLINE_INDICATOR);
	if (!indicator || !rows) throw new Error(`The catalogue has no Belgian total for ${HEADLINE_INDICATOR}`);
	const { latest, previous } = rows;
	const unit = indicator.unit;
	const survey = surveyLabel(catalogue, latest.survey, lang);
	const sentence = t(lang, 'headline_sentence', {
		value: display(latest, unit, lang),
		year: latest.year ?? '',
		survey,
		previous_value: previous ? display(previous, unit, lang) : t(lang, 'no_data'),
		previous_year: previous?.year ?? ''
	});
	const headlineFlags = [latest, previous]
		.filter((o): o is Observation => o !== null)
		.map((o) => flagNote(catalogue, o, `${dimensionLabel(catalogue, 'region', o.region, lang)} ${o.year}`, lang))
		.filter((f): f is FlagNote => f !== null);

	const shownRows: Observation[] = [latest, ...(previous ? [previous] : [])];
	const chart = regionChart(catalogue, indicator, lang);
	if (chart) shownRows.push(...chart.rows);
	const sourceIds = [...new Set(shownRows.map((o) => o.source))];

	return {
		indicator: {
			id: indicator.id,
			label: labelIn(indicator, lang),
			definition: indicator[`definition_${lang}`],
			population: indicator.population,
			instrument: indicator.instrument
		},
		headline: {
			value: display(latest, unit, lang),
			sentence,
			year: latest.year ?? 0,
			survey,
			ci: ciText(latest, unit, lang),
			flags: headlineFlags
		},
		chart: chart?.view ?? null,
		sources: sourceIds.map((id) => sourceRef(catalogue, id)).filter((s): s is SourceRef => s !== null)
	};
}

function regionChart(
	catalogue: Catalogue,
	indicator: Indicator,
	lang: Lang
): { view: ChartView; rows: Observation[] } | null {
	const regional = latestRegionalTotals(catalogue, indicator.id);
	if (!regional) return null;
	const unit = indicator.unit;
	const title = t(lang, 'chart_by_region_title', { indicator: labelIn(indicator, lang), year: regional.year });
	const entries = regional.rows.map(({ region, observation }) => ({
		region,
		label: dimensionLabel(catalogue, 'region', region, lang),
		observation
	}));
	const data = entries.map(({ region, label, observation: o }) => ({
		key: region,
		label,
		value: o?.value ?? null,
		display: o ? display(o, unit, lang) : t(lang, 'no_data'),
		ciLow: o?.ci_low ?? null,
		ciHigh: o?.ci_high ?? null,
		flagged: (o?.flags.length ?? 0) > 0,
		reference: region === 'BE'
	}));
	const items = data
		.map((d) =>
			d.value === null
				? t(lang, 'chart_item_no_data', { label: d.label })
				: t(lang, 'chart_item', { label: d.label, value: d.display })
		)
		.join('; ');
	const rows = entries.map((e) => e.observation).filter((o): o is Observation => o !== null);
	const surveys = [...new Set(rows.map((o) => surveyLabel(catalogue, o.survey, lang)))].join(', ');
	const sources = [...new Set(rows.map((o) => sourceRef(catalogue, o.source)?.publisher ?? o.source))].join(', ');
	return {
		rows,
		view: {
			id: `${indicator.id}-region-${regional.year}`,
			title,
			description: t(lang, 'chart_description', { count: data.length, items }),
			unit,
			data,
			table: entries.map(({ region, label, observation: o }) => ({
				key: region,
				label,
				wave: String(regional.year),
				display: o ? display(o, unit, lang) : t(lang, 'no_data'),
				ci: o ? ciText(o, unit, lang) : '',
				n: o?.n !== null && o?.n !== undefined ? String(o.n) : t(lang, 'not_published'),
				source: o ? (sourceRef(catalogue, o.source)?.publisher ?? o.source) : '',
				flagged: (o?.flags.length ?? 0) > 0,
				alsoReported: false
			})),
			sourceLine: t(lang, 'source_line', { source: sources, survey: surveys }),
			flags: entries
				.map(({ label, observation: o }) => (o ? flagNote(catalogue, o, label, lang) : null))
				.filter((f): f is FlagNote => f !== null)
		}
	};
}
