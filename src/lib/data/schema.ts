// Each CSV file's columns, declared once: the TypeScript types are inferred from these schemas, and
// each cell type carries its Table Schema description (`.meta({ column })`), from which the page
// rows, downloads, codebook and data package are derived (see columns.ts, docs/adding-a-column.md).
import { z } from 'zod';
import * as msg from './messages.ts';

/** How a column is written in a Table Schema (Frictionless) and who reads it. */
export interface ColumnMeta {
	type: 'string' | 'number' | 'integer' | 'boolean' | 'date';
	constraints?: {
		required?: boolean;
		enum?: readonly string[];
		pattern?: string;
		minimum?: number;
		maximum?: number;
	};
	/** Free text, which the CSV writer may prefix with ' (csv.ts); the codebook says so. */
	freeText?: boolean;
	/** Kept in data/ and the raw tables for maintainers; never on a page or in a row download. */
	maintainerOnly?: boolean;
}

declare module 'zod' {
	interface GlobalMeta {
		column?: ColumnMeta;
	}
}

const as = <T extends z.ZodType>(schema: T, column: ColumnMeta): T => schema.meta({ column });
const required = { required: true } as const;

/** Marks a column as maintainers' provenance: in data/ and observations.csv, never shown to readers. */
export const maintainerOnly = <T extends z.ZodType>(schema: T) =>
	// The flag on the schema object lets types (columns.ts) leave the column out as well.
	Object.assign(as(schema, { ...columnMeta(schema), maintainerOnly: true }), { maintainerOnly: true as const });

/** The Table Schema description of a column's cell type. */
export function columnMeta(schema: z.ZodType): ColumnMeta {
	const column = schema.meta()?.column;
	if (!column) throw new Error('schema.ts: a column without .meta({ column }) (use the cell types below)');
	return column;
}

const text = as(z.string(), { type: 'string', freeText: true });
const requiredText = as(z.string().min(1, { error: msg.required() }), {
	type: 'string',
	constraints: required,
	freeText: true
});
const optionalText = as(
	z.string().transform((s) => (s === '' ? null : s)),
	{ type: 'string', freeText: true }
);

const codePattern = /^[A-Za-z0-9_+\-.]+$/;
const code = as(
	z.string().min(1, { error: msg.required() }).refine((s) => codePattern.test(s), {
		error: (iss) => msg.notACode(String(iss.input))
	}),
	{ type: 'string', constraints: required }
);
const optionalCode = as(
	z
		.string()
		.refine((s) => s === '' || codePattern.test(s), { error: (iss) => msg.notACode(String(iss.input)) })
		.transform((s) => (s === '' ? null : s)),
	{ type: 'string' }
);

const numberPattern = /^-?\d+(\.\d+)?$/;
/** A published number as text: parsed, and its number of decimals kept ("9.0" has 1). */
const publishedNumber = as(
	z
		.string()
		.min(1, { error: msg.required() })
		.refine((s) => numberPattern.test(s), { error: (iss) => msg.notANumber(String(iss.input)) })
		.transform((s) => ({ value: Number(s), text: s, decimals: s.split('.')[1]?.length ?? 0 })),
	{ type: 'number', constraints: required }
);
const optionalNumber = as(
	z
		.string()
		.refine((s) => s === '' || numberPattern.test(s), { error: (iss) => msg.notANumber(String(iss.input)) })
		.transform((s) => (s === '' ? null : Number(s))),
	{ type: 'number' }
);
const optionalCount = as(
	z
		.string()
		.refine((s) => s === '' || /^\d+$/.test(s), { error: (iss) => msg.notAnInteger(String(iss.input)) })
		.transform((s) => (s === '' ? null : Number(s))),
	{ type: 'integer', constraints: { minimum: 0 } }
);
const integer = as(
	z
		.string()
		.min(1, { error: msg.required() })
		.refine((s) => /^-?\d+$/.test(s), { error: (iss) => msg.notAnInteger(String(iss.input)) })
		.transform(Number),
	{ type: 'integer', constraints: required }
);
const optionalYear = as(
	z
		.string()
		.refine((s) => s === '' || (/^\d{4}$/.test(s) && Number(s) >= 1900 && Number(s) <= 2100), {
			error: (iss) => msg.notAYear(String(iss.input))
		})
		.transform((s) => (s === '' ? null : Number(s))),
	{ type: 'integer', constraints: { minimum: 1900, maximum: 2100 } }
);
const optionalYearMonth = as(
	z
		.string()
		.refine((s) => s === '' || /^\d{4}-(0[1-9]|1[0-2])$/.test(s), {
			error: (iss) => msg.notAYearMonth(String(iss.input))
		})
		.transform((s) => (s === '' ? null : s)),
	{ type: 'string', constraints: { pattern: '^\\d{4}-(0[1-9]|1[0-2])$' } }
);
const boolean = as(
	z
		.string()
		.refine((s) => s === 'true' || s === 'false', { error: (iss) => msg.notABoolean(String(iss.input)) })
		.transform((s) => s === 'true'),
	{ type: 'boolean', constraints: required }
);
const optionalBoolean = as(
	z
		.string()
		.refine((s) => s === '' || s === 'true' || s === 'false', { error: (iss) => msg.notABoolean(String(iss.input)) })
		.transform((s) => (s === '' ? null : s === 'true')),
	{ type: 'boolean' }
);
const url = as(
	z
		.string()
		.min(1, { error: msg.required() })
		.refine((s) => /^https?:\/\/\S+$/.test(s), { error: (iss) => msg.notAUrl(String(iss.input)) }),
	{ type: 'string', constraints: required }
);
const codeList = as(
	z
		.string()
		.refine((s) => s === '' || s.split(';').every((c) => codePattern.test(c.trim())), {
			error: (iss) => msg.notACode(String(iss.input))
		})
		.transform((s) => (s === '' ? [] : s.split(';').map((c) => c.trim()))),
	{ type: 'string' }
);
function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
	const schema = z.string().refine((s): s is T[number] => (values as readonly string[]).includes(s), {
		error: (iss) => msg.notOneOf(String(iss.input), values)
	}) as unknown as z.ZodType<T[number], string>;
	return as(schema, { type: 'string', constraints: { required: true, enum: values } });
}

export const units = [
	'percent',
	'hours_per_day',
	'percentage_points',
	'ratio',
	'score_0_10',
	'percent_reduction',
	'percent_of_association',
	'count',
	'per_1000',
	'mean_count',
	'million_eur'
] as const;
export type Unit = (typeof units)[number];

export const topics = ['physical_activity', 'sitting', 'intention', 'mental_health', 'international', 'programme'] as const;
export type Topic = (typeof topics)[number];

export const standardisations = ['crude', 'age_standardised', 'not_stated', 'not_applicable'] as const;
export const ageBaseSources = ['stated', 'survey_default', 'inferred', 'not_stated'] as const;
export const dimensionKinds = ['region', 'breakdown', 'group', 'flag'] as const;
export const sourceKinds = ['primary', 'secondary'] as const;
export const surveyModes = ['face_to_face', 'online', 'model', 'register', 'mixed', 'not_stated'] as const;
export const geographies = ['belgium', 'flanders', 'international', 'local'] as const;
/** Languages a source title may be written in. */
export const langCodes = ['nl', 'fr', 'en'] as const;

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
	series: optionalCode
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
	period: as(
		z
			.string()
			.refine((s) => s === '' || /^\d{4}(-\d{2}|-\d{4})?$/.test(s), {
				error: (iss) => msg.notAPeriod(String(iss.input))
			})
			.transform((s) => (s === '' ? null : s)),
		{ type: 'string', constraints: { pattern: '^\\d{4}(-\\d{2}|-\\d{4})?$' } }
	),
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
	source_quote: requiredText,
	/** The table's column header when the quote is one run-together table row (source language). */
	quote_context: optionalText,
	/** For maintainers only (crosswalk ids, merges, files): never shown on a page. */
	maintainer_note: maintainerOnly(optionalText),
	/** Shared file and line the row was transcribed from; maintainers only. */
	origin: maintainerOnly(text)
});

export type Indicator = z.output<typeof indicatorSchema>;
export type Series = z.output<typeof seriesSchema>;
export type Survey = z.output<typeof surveySchema>;
export type Dimension = z.output<typeof dimensionSchema>;
export type Source = z.output<typeof sourceSchema>;
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
	'sources.csv': sourceSchema
} as const;
