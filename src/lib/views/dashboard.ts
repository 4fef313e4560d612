// The home page's tiles (data/dashboard.csv, in its order): per key indicator the latest value with
// its mark, survey and wave, the previous wave only when comparable() allows it, a small trend with
// its breaks, and one split (regions, sex, Belgium beside the EU) of the latest wave that has it.
import type { SparkInput, SparkRun } from '../charts/spark/types.ts';
import type { DashboardTile } from '../data/schema.ts';
import type { Catalogue } from '../data/validate.ts';
import type { Lang } from '../i18n/langs.ts';
import { t } from '../i18n/messages.ts';
import { comparable } from './comparable.ts';
import { indicatorPageData, type PageObservation } from './indicator-data.ts';
import { indicatorPath } from './paths.ts';
import { reasonText } from './sentences.ts';
import { comparableRuns } from './trend-view.ts';
import type { FlagNote } from './types.ts';
import {
	belgianRegionCodes,
	byX,
	collectFlags,
	factsOf,
	groupLabel,
	groupOrder,
	isAverageRegion,
	isBelgianRegion,
	marked,
	markNotes,
	pickRow,
	regionLabel,
	regionOrder,
	surveyMode,
	type Context
} from './view-context.ts';

export interface TileSplit {
	heading: string;
	items: { key: string; label: string; value: string }[];
}

export interface TileView {
	id: string;
	href: string;
	title: string;
	/** Where the figure is from ("België", "Vlaanderen"): a Flemish survey says so on its tile. */
	place: string;
	/** The latest value with its † when flagged. */
	value: string;
	/** Its 95 % confidence interval (and "age-standardised" when it is), when published; else null. */
	uncertainty: string | null;
	/** The survey, and the published period when the survey's name does not hold it. */
	wave: string;
	comparison: { kind: 'previous' | 'not_comparable' | 'first'; text: string };
	trend: SparkInput;
	trendLabel: string;
	split: TileSplit | null;
	flags: FlagNote[];
}

const waveText = (ctx: Context, o: PageObservation) => {
	const survey = ctx.data.surveys[o.survey]?.label ?? o.survey;
	return survey.includes(o.waveLabel) ? survey : `${survey}, ${o.waveLabel}`;
};

/** The tile's own totals in its region, latest last. */
function totals(ctx: Context, region: string, own: boolean): PageObservation[] {
	return ctx.data.observations
		.filter(
			(o) =>
				o.preferred &&
				o.region === region &&
				o.breakdown === 'total' &&
				o.group === 'total' &&
				(!own || o.indicator === ctx.data.indicator.id)
		)
		.sort(byX);
}

/** The wave just before the latest (of the series, siblings included): shown only when comparable. */
function comparison(
	ctx: Context,
	latest: PageObservation,
	region: string
): { view: TileView['comparison']; previous?: PageObservation } {
	const earlier = totals(ctx, region, false).filter((o) => o.x !== null && latest.x !== null && o.x < latest.x);
	const previous = pickRow(
		ctx,
		earlier.filter((o) => o.x === earlier.at(-1)?.x)
	);
	if (!previous) return { view: { kind: 'first', text: t(ctx.lang, 'tile_first_wave') } };
	const why = comparable(factsOf(ctx, latest), factsOf(ctx, previous));
	const reason = why ? reasonText(ctx.lang, why) : '';
	if (why) return { view: { kind: 'not_comparable', text: t(ctx.lang, 'tile_not_comparable', { reason }) } };
	const text = t(ctx.lang, 'tile_previous', { value: marked(ctx, previous), wave: waveText(ctx, previous) });
	return { view: { kind: 'previous', text }, previous };
}

/** The trend's runs (one per run of comparable values), their breaks, and the same in words. */
function trend(ctx: Context, region: string): { input: SparkInput; rows: PageObservation[]; label: string } {
	const rows = totals(ctx, region, false).filter((o) => o.x !== null);
	const runs = comparableRuns(ctx, rows).runs.sort((a, b) => (a.rows[0]?.x ?? 0) - (b.rows[0]?.x ?? 0));
	const sparkRuns: SparkRun[] = runs.map((r) => ({
		key: r.key,
		dashed: surveyMode(ctx, r.rows[0] as PageObservation) === 'online',
		points: r.rows.map((o) => ({ x: o.x as number, xLabel: o.waveLabel, value: o.value, flagged: o.flags.length > 0 }))
	}));
	const breaks: number[] = [];
	const words: string[] = [];
	runs.forEach((r, i) => {
		const before = runs[i - 1]?.rows.at(-1)?.x;
		const after = r.rows[0]?.x;
		const last = runs[i - 1]?.rows.at(-1);
		const first = r.rows[0];
		if (before != null && after != null && before < after && last && first) {
			breaks.push((before + after) / 2);
			// A change of instrument is the series break; any other reason is named.
			const why = comparable(factsOf(ctx, last), factsOf(ctx, first));
			const method = !why || why.reason === 'instrument' || why.reason === 'definition';
			words.push(method ? t(ctx.lang, 'series_break').toLowerCase() : reasonText(ctx.lang, why));
		}
		words.push(r.rows.map((o) => `${o.waveLabel} ${marked(ctx, o)}`).join(', '));
	});
	return {
		input: { runs: sparkRuns, breaks },
		rows,
		label: t(ctx.lang, 'tile_trend', { items: words.join(t(ctx.lang, 'list_separator')) })
	};
}

/** The split's rows of one wave (survey), and which codes it lists. */
function splitOf(
	ctx: Context,
	tile: DashboardTile,
	latest: PageObservation
): { split: TileSplit; rows: PageObservation[] } | null {
	const split = tile.split;
	if (!split) return null;
	const id = ctx.data.indicator.id;
	const own = ctx.data.observations.filter((o) => o.indicator === id && o.preferred);
	const cells =
		split === 'region'
			? own.filter((o) => o.breakdown === 'total' && o.group === 'total' && isBelgianRegion(o.region))
			: split === 'europe'
				? own.filter(
						(o) =>
							o.breakdown === 'total' && o.group === 'total' && (o.region === tile.region || isAverageRegion(o.region))
					)
				: own.filter((o) => o.breakdown === split && o.region === tile.region);
	if (cells.length === 0) return null;
	// The latest wave's split when published; else the most recent wave that has one, named as such.
	const surveys = [
		latest.survey,
		...[...cells]
			.sort(byX)
			.reverse()
			.map((o) => o.survey)
	];
	const survey = surveys.find((s) => cells.some((o) => o.survey === s)) as string;
	const inWave = cells.filter((o) => o.survey === survey);
	const shown = inWave[0] as PageObservation;
	const wave = waveText(ctx, shown);
	const keyOf = (o: PageObservation) => (split === 'region' || split === 'europe' ? o.region : o.group);
	const codes =
		split === 'region'
			? [...belgianRegionCodes]
			: split === 'europe'
				? [...new Set(inWave.map(keyOf))].sort((a, b) => regionOrder(ctx, a) - regionOrder(ctx, b))
				: [...new Set(cells.map(keyOf))].sort((a, b) => groupOrder(ctx, split, a) - groupOrder(ctx, split, b));
	const labelOf = (code: string) =>
		split === 'region' || split === 'europe'
			? regionLabel(ctx, code)
			: groupLabel(ctx, { breakdown: split, group: code });
	const heading =
		split === 'region'
			? t(ctx.lang, 'tile_split_region', { wave })
			: split === 'europe'
				? t(ctx.lang, 'tile_split_europe', { wave })
				: t(ctx.lang, 'tile_split_breakdown', {
						breakdown: (ctx.data.labels.breakdowns[split] ?? split).toLowerCase(),
						wave
					});
	const picked = codes.map((code) => ({
		code,
		row: pickRow(
			ctx,
			inWave.filter((o) => keyOf(o) === code)
		)
	}));
	return {
		split: {
			heading,
			items: picked.map(({ code, row }) => ({
				key: code,
				label: labelOf(code),
				value: row ? marked(ctx, row) : t(ctx.lang, 'no_data')
			}))
		},
		rows: picked.flatMap(({ row }) => (row ? [row] : []))
	};
}

export function tileView(catalogue: Catalogue, tile: DashboardTile, lang: Lang): TileView {
	const data = indicatorPageData(catalogue, tile.indicator, lang);
	const ctx: Context = { data, breakdown: 'total', lang };
	const own = totals(ctx, tile.region, true);
	const latestX = own.filter((o) => o.x !== null).at(-1)?.x;
	const latest = pickRow(ctx, latestX === undefined ? own.slice(-1) : own.filter((o) => o.x === latestX));
	// dashboard.csv is validated: every tile's indicator has a preferred total in its region.
	if (!latest) throw new Error(`dashboard.csv: no total for ${tile.indicator} in ${tile.region}`);
	const spark = trend(ctx, tile.region);
	const split = splitOf(ctx, tile, latest);
	const compared = comparison(ctx, latest, tile.region);
	const subject = (o: PageObservation) => `${regionLabel(ctx, o.region)} ${o.waveLabel}`;
	// Every value the tile writes or draws, so each † it shows is explained under it.
	const shown = [
		...new Set([latest, ...(compared.previous ? [compared.previous] : []), ...spark.rows, ...(split?.rows ?? [])])
	];
	return {
		id: tile.indicator,
		href: indicatorPath(lang, tile.indicator, 'total', 'total'),
		title: data.indicator.label,
		place: regionLabel(ctx, tile.region),
		value: marked(ctx, latest),
		uncertainty:
			latest.ciLow === null && latest.standardisation !== 'age_standardised' ? null : markNotes(ctx, latest).ciText,
		wave: waveText(ctx, latest),
		comparison: compared.view,
		trend: spark.input,
		trendLabel: spark.label,
		split: split?.split ?? null,
		flags: collectFlags(ctx, shown, subject)
	};
}

export function dashboardView(catalogue: Catalogue, lang: Lang): TileView[] {
	return catalogue.dashboard.map((tile) => tileView(catalogue, tile, lang));
}
