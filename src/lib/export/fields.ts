// Table Schema fields (Frictionless) for the download rows and for each file of data/: type,
// description and the constraints that are known from the schema. The codebook of every CSV we offer.
import {
	ageBaseSources,
	dimensionKinds,
	geographies,
	sourceKinds,
	standardisations,
	surveyModes,
	topics,
	units,
	type Unit
} from '../data/schema.ts';
import { langs } from '../i18n/langs.ts';
import { downloadColumns } from './rows.ts';

/** The Table Schema types our files use (a subset of the Frictionless list). */
export const fieldTypes = ['string', 'number', 'integer', 'boolean', 'date'] as const;
export type FieldType = (typeof fieldTypes)[number];

export interface FieldConstraints {
	required?: boolean;
	enum?: readonly string[];
	pattern?: string;
	minimum?: number;
	maximum?: number;
}

export interface TableField {
	name: string;
	type: FieldType;
	description: string;
	constraints?: FieldConstraints;
}

export type FieldInfo = Omit<TableField, 'name'>;

/** What each unit code means, for field descriptions. */
export const unitDescriptions: Record<Unit, string> = {
	percent: 'percent of the population (0-100)',
	hours_per_day: 'hours per day',
	percentage_points: 'difference in percentage points',
	ratio: 'ratio (no unit)',
	score_0_10: 'score on a scale from 0 to 10',
	percent_reduction: 'percent reduction',
	percent_of_association: 'percent of the association explained',
	count: 'count (people or events)',
	per_1000: 'per 1,000 population',
	mean_count: 'mean count per person',
	million_eur: 'million euro'
};

const unitLegend = units.map((u) => `${u} = ${unitDescriptions[u]}`).join('; ');
const apostrophe =
	" Text starting with = + - @, tab, CR or LF (or full-width ＝ ＋ － ＠) is written with a leading ' so spreadsheets do not run it; remove one leading ' to recover the text.";

const required = { required: true } as const;
const str = (description: string, constraints?: FieldConstraints): FieldInfo =>
	constraints ? { type: 'string', description, constraints } : { type: 'string', description };
const code = (description: string, values?: readonly string[]): FieldInfo =>
	str(description, values ? { required: true, enum: values } : required);
const text = (description: string): FieldInfo => str(description + apostrophe);
const num = (description: string, constraints?: FieldConstraints): FieldInfo =>
	constraints ? { type: 'number', description, constraints } : { type: 'number', description };
const int = (description: string, constraints?: FieldConstraints): FieldInfo =>
	constraints ? { type: 'integer', description, constraints } : { type: 'integer', description };
const bool = (description: string, constraints?: FieldConstraints): FieldInfo =>
	constraints ? { type: 'boolean', description, constraints } : { type: 'boolean', description };
const labels = (what: string): Record<string, FieldInfo> =>
	Object.fromEntries(langs.map((lang) => [`label_${lang}`, { ...text(`${what} (${lang}).`), constraints: required }]));

const yearField = int('Reference year, when one year is published; empty otherwise.', { minimum: 1900, maximum: 2100 });
const waveDateField = str('Month of an online monitoring wave (YYYY-MM), to order waves within a year; empty otherwise.', {
	pattern: '^\\d{4}-(0[1-9]|1[0-2])$'
});
const valueField = num(
	`The estimate exactly as published (its decimals set the displayed precision), in the unit of the indicator (${unitLegend}).`,
	required
);
const ciLow = num('Lower bound of the 95 % confidence interval, when published; empty otherwise (never zero).');
const ciHigh = num('Upper bound of the 95 % confidence interval, when published; empty otherwise (never zero).');
const nField = int('Sample size, when published; empty otherwise.', { minimum: 0 });
const shared = {
	indicator: code('Indicator id (indicators.csv).'),
	survey: code('Survey wave id (surveys.csv), e.g. HIS_2023.'),
	year: yearField,
	period: text('The published period when it is not one plain year (e.g. 2014-2015); empty otherwise.'),
	wave_date: waveDateField,
	region: code('Region code (dimensions.csv, dimension region): BE, BE-VLG, BE-BRU, BE-WAL, Eurostat codes, ...'),
	breakdown: code('Breakdown code (dimensions.csv, dimension breakdown): total, sex, age, education, income, ...'),
	group: code('Group code within the breakdown (dimensions.csv, dimension group, parent = breakdown).'),
	age_base: str('Age base of this estimate (18+, 15+, ...).', required),
	value: valueField,
	ci_low: ciLow,
	ci_high: ciHigh,
	n: nField,
	standardisation: code('Whether the estimate is age-standardised.', standardisations),
	preferred: bool('false for a second source of the same cell: kept for reference, never charted.', required),
	flags: str('Doubts and provenance codes (dimensions.csv, dimension flag), separated by ";"; empty when none.'),
	note: text('Why the row is flagged (English); empty otherwise.'),
	source: code('Source id (sources.csv).'),
	source_url: str('The page the value was read from.', required),
	source_quote: { ...text('The exact sentence the value was read from, verbatim.'), constraints: required }
} satisfies Record<string, FieldInfo>;

const downloadFields: Record<(typeof downloadColumns)[number], FieldInfo> = {
	...shared,
	indicator_label: text('Indicator name in the language of the file.'),
	survey_label: text('Survey name in the language of the file.'),
	region_label: text('Region name in the language of the file.'),
	group_label: text('Group name in the language of the file.'),
	unit: code(`Unit of value, ci_low and ci_high: ${unitLegend}.`, units),
	source_title: text('Title of the source.'),
	source_publisher: text('Publisher of the source (the original producer of the figure).'),
	licence: text('Licence of the source as stated by its publisher ("not stated" when none is given).'),
	retrieved_from: str('The page of this site the file was downloaded from.', required),
	retrieved_on: { type: 'date', description: 'Date the file was built (YYYY-MM-DD).', constraints: required }
};

/** Fields per file kind, keyed by column name. */
export const fieldCatalogue = {
	download: downloadFields,
	observations: {
		...shared,
		age_base_source: code('How the age base is known.', ageBaseSources),
		origin: str('Shared source file and line this row was transcribed from.')
	},
	indicators: {
		id: code('Indicator id, unique; referred to by observations.'),
		topic: code('Topic the indicator belongs to.', topics),
		unit: code(`Unit of the indicator's values: ${unitLegend}.`, units),
		population: str('Population the indicator describes (e.g. 18+).', required),
		geography: code('Geographic scope.', geographies),
		instrument: text('Questionnaire or instrument (e.g. EHIS-PAQ); empty when not stated.'),
		...labels('Indicator name'),
		...Object.fromEntries(langs.map((lang) => [`definition_${lang}`, { ...text(`Definition (${lang}).`), constraints: required }])),
		decimals: int('Number of decimals published.', { required: true, minimum: 0 }),
		higher_is_better: bool('true when a higher value is the better outcome, false when lower is; empty when neither.'),
		series: str('Series id (series.csv) shared by indicators of one concept measured with different instruments; empty otherwise.')
	},
	dimensions: {
		dimension: code('Kind of code: region, breakdown, group or flag.', dimensionKinds),
		code: code('The code, unique within its dimension.'),
		parent: str('For a group its breakdown; for a region its level; empty otherwise.'),
		order: int('Display order within the dimension.', required),
		...labels('Label')
	},
	sources: {
		id: code('Source id, unique; referred to by observations.'),
		title: text('Title of the source.'),
		publisher: text('Publisher of the source.'),
		year: yearField,
		url: str('Web address of the source.', required),
		licence: text('Licence as stated by the publisher ("not stated" when none is given).'),
		kind: code('primary: the producer of the figure; secondary: a report quoting it.', sourceKinds),
		citation: text('How the publisher asks to be cited, or a reference built from title, publisher and year.')
	},
	surveys: {
		id: code('Survey wave id, unique (e.g. HIS_2023).'),
		family: code('Survey family (HIS, COVID_HS, BELHEALTH, PB, EHIS, EB, ...).'),
		mode: code('Data collection mode.', surveyModes),
		...labels('Survey name')
	},
	series: {
		id: code('Series id, unique; referred to by indicators.'),
		...labels('Series name'),
		...Object.fromEntries(
			langs.map((lang) => [
				`break_note_${lang}`,
				{ ...text(`Why the segments of the series must not be joined (${lang}).`), constraints: required }
			])
		)
	}
} satisfies Record<string, Record<string, FieldInfo>>;

export type TableKind = keyof typeof fieldCatalogue;

/** The columns of each kind of file, in the order of the schema (download: `downloadColumns`). */
export function columnsOf(table: TableKind): string[] {
	return table === 'download' ? [...downloadColumns] : Object.keys(fieldCatalogue[table]);
}

/**
 * Table Schema fields for `columns` of a file kind, in the given order. `enums` adds allowed codes
 * (e.g. the region codes of dimensions.csv) to code columns. Throws on a column the codebook lacks.
 *
 * @example fieldsFor('download', downloadColumns, { region: ['BE', 'BE-VLG'] })
 */
export function fieldsFor(
	table: TableKind,
	columns: readonly string[] = columnsOf(table),
	enums: Readonly<Record<string, readonly string[]>> = {}
): TableField[] {
	const catalogue: Record<string, FieldInfo> = fieldCatalogue[table];
	for (const name of Object.keys(enums)) {
		if (!columns.includes(name)) throw new Error(`fieldsFor(${table}): enum given for unknown column "${name}"`);
	}
	return columns.map((name) => {
		const info = Object.hasOwn(catalogue, name) ? catalogue[name] : undefined;
		if (!info) throw new Error(`fieldsFor(${table}): no field description for column "${name}"`);
		const values = enums[name];
		return values ? { name, ...info, constraints: { ...info.constraints, enum: [...values] } } : { name, ...info };
	});
}
