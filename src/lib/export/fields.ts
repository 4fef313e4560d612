// Table Schema fields (Frictionless) of every CSV we offer, derived: names, types and constraints
// from the zod schemas (data/schema.ts) and the download row (rows.ts), descriptions from the
// codebook texts (i18n/catalogue/columns.ts). The data package takes the English descriptions,
// codebook.csv those of its language.
import { columnLanguage } from '../data/columns.ts';
import { columnMeta, dimensionKinds, fileSchemas, observationSchema, units, type ColumnMeta } from '../data/schema.ts';
import { apostropheNote, columnTexts, unitTexts, type ColumnTable, type Texts } from '../i18n/catalogue/columns.ts';
import type { Lang } from '../i18n/langs.ts';
import { t } from '../i18n/messages.ts';
import { downloadColumnInfo } from './rows.ts';

/** The Table Schema types our files use (a subset of the Frictionless list). */
export const fieldTypes = ['string', 'number', 'integer', 'boolean', 'date'] as const;
export type FieldType = ColumnMeta['type'];
export type FieldConstraints = NonNullable<ColumnMeta['constraints']>;

/** One field as written in a Table Schema: the description in one language. */
export interface TableField {
	name: string;
	type: FieldType;
	description: string;
	constraints?: FieldConstraints;
}

/** The kinds of codebook entry: columns, the tables' rows, and the codes of dimensions.csv. */
export const codebookKinds = ['column', 'indicator', 'series', 'survey', ...dimensionKinds] as const;

/** codebook.csv's own columns (it is one of the files offered). */
const codebookColumns: Readonly<Record<string, ColumnMeta>> = {
	kind: { type: 'string', constraints: { required: true, enum: codebookKinds } },
	code: { type: 'string', constraints: { required: true } },
	parent: { type: 'string' },
	label: { type: 'string', freeText: true },
	description: { type: 'string', freeText: true }
};

/** A kind of file offered: the row download, a table of data/, or the codebook. */
export type TableKind = ColumnTable;

const fromSchema = (shape: Readonly<Record<string, Parameters<typeof columnMeta>[0]>>) =>
	Object.entries(shape).map(([name, schema]): [string, ColumnMeta] => [name, columnMeta(schema)]);

/** Every column of each kind of file, in file order, with its type. */
const tableColumns: Record<TableKind, readonly [string, ColumnMeta][]> = {
	download: downloadColumnInfo.map((c): [string, ColumnMeta] => [c.name, c.meta]),
	observations: fromSchema(observationSchema.shape),
	indicators: fromSchema(fileSchemas['indicators.csv'].shape),
	series: fromSchema(fileSchemas['series.csv'].shape),
	surveys: fromSchema(fileSchemas['surveys.csv'].shape),
	dimensions: fromSchema(fileSchemas['dimensions.csv'].shape),
	sources: fromSchema(fileSchemas['sources.csv'].shape),
	codebook: Object.entries(codebookColumns)
};

/** The kinds of file, for tests and the codebook. */
export const tableKinds = Object.keys(tableColumns) as TableKind[];

/** The columns of each kind of file, in file order. */
export function columnsOf(table: TableKind): string[] {
	return tableColumns[table].map(([name]) => name);
}

/** Every unit code with its meaning, as a list inside a description. */
export function unitLegend(lang: Lang): string {
	return units.map((u) => `${u} = ${unitTexts[u][lang]}`).join(t(lang, 'list_separator'));
}

function textsOf(table: TableKind, name: string): Texts | undefined {
	const own: Readonly<Record<string, Texts>> = columnTexts[table];
	if (Object.hasOwn(own, name)) return own[name];
	// The download's published columns are the observation columns, described once there.
	const observations: Readonly<Record<string, Texts>> = columnTexts.observations;
	if (table === 'download' && Object.hasOwn(observations, name)) return observations[name];
	return undefined;
}

/**
 * The codebook description of a column of `table` in `lang`: its text, with the unit legend for
 * {units}, the data language of a per-language column (`label_fr` → "… (fr)."), and the apostrophe
 * note for free text. Throws when the column has no text.
 */
export function describeColumn(table: TableKind, name: string, meta: ColumnMeta, lang: Lang): string {
	const perLang = columnLanguage(name);
	const own = textsOf(table, name);
	const texts = own ?? (perLang ? textsOf(table, perLang.base) : undefined);
	if (!texts) throw new Error(`fields.ts: no description of ${table} column "${name}" in i18n/catalogue/columns.ts`);
	let text = texts[lang].replace('{units}', unitLegend(lang));
	if (!own && perLang) text = text.replace(/\.?$/, ` (${perLang.lang}).`);
	return meta.freeText ? text + apostropheNote[lang] : text;
}

/**
 * Table Schema fields for `columns` of a file kind, in the given order, described in `lang`. `enums`
 * adds allowed codes (e.g. the region codes of dimensions.csv) to code columns. Throws on a column the
 * file does not have. English by default: that is what datapackage.json (one file for all languages) uses.
 *
 * @example fieldsFor('download', downloadColumns, { region: ['BE', 'BE-VLG'] })
 * @example fieldsFor('sources', undefined, {}, 'fr') // French descriptions, for codebook.csv
 */
export function fieldsFor(
	table: TableKind,
	columns: readonly string[] = columnsOf(table),
	enums: Readonly<Record<string, readonly string[]>> = {},
	lang: Lang = 'en'
): TableField[] {
	const known = new Map(tableColumns[table]);
	for (const name of Object.keys(enums)) {
		if (!columns.includes(name)) throw new Error(`fieldsFor(${table}): enum given for unknown column "${name}"`);
	}
	return columns.map((name) => {
		const meta = known.get(name);
		if (!meta) throw new Error(`fieldsFor(${table}): no column "${name}"`);
		const field: TableField = { name, type: meta.type, description: describeColumn(table, name, meta, lang) };
		const constraints = enums[name] ? { ...meta.constraints, enum: [...(enums[name] ?? [])] } : meta.constraints;
		return constraints ? { ...field, constraints: { ...constraints } } : field;
	});
}
