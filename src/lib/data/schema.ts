// Each CSV file's columns, declared once: the TypeScript types are inferred from these schemas, and
// each cell type carries its Table Schema description (`.meta({ column })`), from which the page
// rows, downloads, codebook and data package are derived (see columns.ts, docs/adding-a-column.md).
import { z } from './zod.ts';
import { units, topics, standardisations, ageBaseSources, dimensionKinds, sourceKinds, surveyModes, geographies, langCodes } from './codes.ts';
import {
	boolean,
	code,
	codeList,
	integer,
	maintainerOnly,
	oneOf,
	optionalBoolean,
	optionalCode,
	optionalCount,
	optionalNumber,
	optionalPeriod,
	optionalSha256,
	optionalText,
	optionalYear,
	optionalYearMonth,
	publishedNumber,
	requiredText,
	text,
	url
} from './cells.ts';

export { columnMeta, maintainerOnly, type ColumnMeta } from './cells.ts';

export {
	units,
	topics,
	standardisations,
	ageBaseSources,
	dimensionKinds,
	sourceKinds,
	surveyModes,
	geographies,
	langCodes,
	type Unit,
	type Topic
} from './codes.ts';

/**
 * Reader-facing text columns written once per language (`<base>_nl`, `_fr`, `_en`): the validator
 * requires all three as soon as one is given, so no page shows a text in another language.
 */
export const translatedColumns = {
	'indicators.csv': ['label', 'definition', 'population', 'instrument'],
	'series.csv': ['label', 'break_note'],
	'surveys.csv': ['label'],
	'dimensions.csv': ['label'],
	'sources.csv': ['publisher', 'annotation'],
	observations: ['note']
} as const;

export const indicatorSchema = z.object({
	id: code,
	topic: oneOf(topics),
	unit: oneOf(units),
	population_nl: requiredText,
	population_fr: requiredText,
	population_en: requiredText,
	geography: oneOf(geographies),
	instrument_nl: text,
	instrument_fr: text,
	instrument_en: text,
	label_nl: requiredText,
	label_fr: requiredText,
	label_en: requiredText,
	definition_nl: requiredText,
	definition_fr: requiredText,
	definition_en: requiredText,
	decimals: integer,
	higher_is_better: optionalBoolean,
	series: optionalCode,
	/** A concept code of dimensions.csv: the look-alikes measured another way (a wider set than one series). */
	concept: optionalCode
});

export const seriesSchema = z.object({
	id: code,
	label_nl: requiredText,
	label_fr: requiredText,
	label_en: requiredText,
	break_note_nl: requiredText,
	break_note_fr: requiredText,
	break_note_en: requiredText
});

export const surveySchema = z.object({
	id: code,
	family: code,
	mode: oneOf(surveyModes),
	label_nl: requiredText,
	label_fr: requiredText,
	label_en: requiredText
});

export const dimensionSchema = z.object({
	dimension: oneOf(dimensionKinds),
	code,
	parent: optionalCode,
	order: integer,
	label_nl: requiredText,
	label_fr: requiredText,
	label_en: requiredText
});

export const sourceSchema = z.object({
	id: code,
	/** In the source's own language (`lang`), so a page can mark it with a lang attribute. */
	title: requiredText,
	lang: oneOf(langCodes),
	publisher_nl: requiredText,
	publisher_fr: requiredText,
	publisher_en: requiredText,
	/** What kind of document it is (press release, copy on another site…), for the reader. */
	annotation_nl: text,
	annotation_fr: text,
	annotation_en: text,
	year: optionalYear,
	url,
	licence: requiredText,
	kind: oneOf(sourceKinds),
	citation: requiredText
});

export const observationSchema = z.object({
	indicator: code,
	survey: code,
	year: optionalYear,
	/** Written the same in every language: a year range as published ("2014-2015", "2023-24"). */
	period: optionalPeriod,
	wave_date: optionalYearMonth,
	region: code,
	breakdown: code,
	group: code,
	age_base: requiredText,
	age_base_source: oneOf(ageBaseSources),
	value: publishedNumber,
	ci_low: optionalNumber,
	ci_high: optionalNumber,
	n: optionalCount,
	standardisation: oneOf(standardisations),
	preferred: boolean,
	flags: codeList,
	/** Why the row is flagged, for the reader, in each language. */
	note_nl: optionalText,
	note_fr: optionalText,
	note_en: optionalText,
	source: code,
	source_url: url,
	/** The exact sentence the value was read from; empty for a row from a published table (below). */
	source_quote: optionalText,
	/** The table's column header when the quote is one run-together table row (source language). */
	quote_context: optionalText,
	/** A row from a published statistical table instead of a quote: the file as published, its
	 * SHA-256 and the row's line in it (written by `npm run import`, scripts/import-table.ts). */
	source_table: optionalText,
	source_table_sha256: optionalSha256,
	source_row: optionalCount,
	/** For maintainers only (crosswalk ids, merges, files): never shown on a page. */
	maintainer_note: maintainerOnly(optionalText),
	/** Shared file and line the row was transcribed from; maintainers only. */
	origin: maintainerOnly(text)
});

/** The home page's tiles, one row each, in the order shown (docs: README, "dashboard.csv"). */
export const dashboardSchema = z.object({
	indicator: code,
	/** Where the tile's figure is from: BE, or a region for a regional survey (BE-VLG). */
	region: code,
	/** The breakdown shown under the figure: `region`, `europe`, a breakdown code (sex), or empty. */
	split: optionalCode
});

export type Indicator = z.output<typeof indicatorSchema>;
export type Series = z.output<typeof seriesSchema>;
export type Survey = z.output<typeof surveySchema>;
export type Dimension = z.output<typeof dimensionSchema>;
export type Source = z.output<typeof sourceSchema>;
export type DashboardTile = z.output<typeof dashboardSchema>;
/** An observation as read from its file, with where it came from. */
export type Observation = Omit<z.output<typeof observationSchema>, 'value'> & {
	value: number;
	/** The value exactly as published, e.g. "9.0". */
	valueText: string;
	decimals: number;
	file: string;
	line: number;
};

/** The fixed files of data/ and their schemas; observations/*.csv all use observationSchema. */
export const fileSchemas = {
	'indicators.csv': indicatorSchema,
	'series.csv': seriesSchema,
	'surveys.csv': surveySchema,
	'dimensions.csv': dimensionSchema,
	'sources.csv': sourceSchema,
	'dashboard.csv': dashboardSchema
} as const;
