// The observation columns a reader gets, derived from observationSchema (schema.ts) and nothing
// else: every column not marked maintainerOnly, in schema order, with a column written once per
// language (`note_nl`, `note_fr`, `note_en`) read as one column (`note`) in the reader's language.
// Pages get them camelCased (`source_quote` → `sourceQuote`), downloads under their CSV names.
import type { z } from 'zod';
import { langs, type Lang } from '../i18n/langs.ts';
import { columnMeta, observationSchema, type ColumnMeta, type Observation } from './schema.ts';

type Shape = typeof observationSchema.shape;
type SchemaColumn = keyof Shape & string;

/** `note_nl` → `note`; any other name unchanged. */
type Unlocalised<K extends string> = K extends `${infer Base}_${Lang}` ? Base : K;
/** `source_quote` → `sourceQuote`. */
export type Camel<S extends string> = S extends `${infer Head}_${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;

/** Observation columns readers never see (declared with maintainerOnly() in schema.ts). */
export type MaintainerColumn = {
	[K in SchemaColumn]: Shape[K] extends { maintainerOnly: true } ? K : never;
}[SchemaColumn];
/** A reader column under its reader name (`note` for `note_nl/fr/en`). */
export type ReaderColumn = Unlocalised<Exclude<SchemaColumn, MaintainerColumn>>;

type ReaderValue<K extends ReaderColumn> = K extends keyof Observation
	? Observation[K]
	: Observation[`${K}_en` & keyof Observation];

/** The published fields of an estimate as a page holds them (camelCase), plus its published text. */
export type ReaderFields = { [K in ReaderColumn as Camel<K>]: ReaderValue<K> } & {
	/** The value exactly as published, e.g. "9.0". */
	valueText: string;
	/** Decimals of the published value ("9.0" has 1). */
	decimals: number;
};

export const camelCase = (name: string): string => name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

const localised = new RegExp(`^(.+)_(${langs.join('|')})$`);

/** `note_fr` → { base: 'note', lang: 'fr' }; null for a column not written per language. */
export function columnLanguage(name: string): { base: string; lang: Lang } | null {
	const match = localised.exec(name);
	return match ? { base: match[1] as string, lang: match[2] as Lang } : null;
}

export interface ReaderColumnInfo {
	/** The reader name: the CSV column of downloads. */
	name: string;
	/** The page's name for it (camelCase). */
	key: string;
	meta: ColumnMeta;
	/** The schema column holding it in `lang`: `note_nl` for `note` in nl, else the name itself. */
	source: (lang: Lang) => string;
}

/** The reader columns of an observation schema, in schema order. */
export function readerColumnsOf(shape: Readonly<Record<string, z.ZodType>>): ReaderColumnInfo[] {
	const seen = new Map<string, ReaderColumnInfo>();
	for (const [name, schema] of Object.entries(shape)) {
		const meta = columnMeta(schema);
		if (meta.maintainerOnly) continue;
		const perLang = columnLanguage(name);
		const base = perLang?.base ?? name;
		if (perLang && Object.hasOwn(shape, base)) throw new Error(`schema.ts: "${base}" is also written per language`);
		if (seen.has(base)) continue;
		for (const lang of perLang ? langs : []) {
			if (!Object.hasOwn(shape, `${base}_${lang}`)) throw new Error(`schema.ts: "${base}_${lang}" is missing`);
		}
		seen.set(base, { name: base, key: camelCase(base), meta, source: perLang ? (lang) => `${base}_${lang}` : () => name });
	}
	return [...seen.values()];
}

/** The reader columns of observations, in schema order. */
export const readerColumns: readonly ReaderColumnInfo[] = readerColumnsOf(observationSchema.shape);

/** The published fields of `o` in `lang`, camelCased, without maintainers' columns. */
export function readerFields(o: Observation, lang: Lang): ReaderFields {
	const row: Record<string, unknown> = { valueText: o.valueText, decimals: o.decimals };
	const cells = o as unknown as Readonly<Record<string, unknown>>;
	for (const column of readerColumns) row[column.key] = cells[column.source(lang)];
	return row as ReaderFields;
}
