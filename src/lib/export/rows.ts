// The row shape of every CSV/JSON download: one published estimate with its labels and full
// provenance (source, quote, licence, retrieved from/on), so a file stands on its own (check C8).
// Its columns are the reader columns of the observation schema (data/columns.ts) in schema order,
// each followed by the columns the download adds to explain it (`addedColumns`).
import { readerColumns, type ReaderColumnInfo, type ReaderFields } from '../data/columns.ts';
import type { ColumnMeta } from '../data/schema.ts';
import type { CsvCell } from './csv.ts';
import { assertIsoDate } from './iso-date.ts';

/** Labels (in the file's language) and source facts, keyed by code. */
export interface DownloadLookups {
	indicators: Readonly<Record<string, { label: string; unit: string }>>;
	surveys: Readonly<Record<string, string>>;
	regions: Readonly<Record<string, string>>;
	/** Keyed `${breakdown}/${group}`, as in `IndicatorPageData.labels.groups`. */
	groups: Readonly<Record<string, string>>;
	sources: Readonly<Record<string, { title: string; publisher: string; licence: string }>>;
}

export interface DownloadContext {
	/** The site's origin, e.g. "https://bewegeninbelgie.be"; a relative `pageUrl` is resolved against it. */
	siteUrl: string;
	/** The page the file belongs to (absolute, or a path such as "/nl/indicator/x"). */
	pageUrl: string;
	/** ISO date `YYYY-MM-DD`, normally the build date, passed in so the function stays pure. */
	retrievedOn: string;
}

interface Lookup {
	o: ReaderFields;
	lookups: DownloadLookups;
	context: DownloadContext & { retrievedFrom: string };
}

function lookup<T>(table: Readonly<Record<string, T>>, key: string, what: string): T {
	const found = Object.hasOwn(table, key) ? table[key] : undefined;
	if (found === undefined) throw new Error(`toDownloadRows: no ${what} for "${key}"`);
	return found;
}

interface AddedColumn {
	name: string;
	/** The column it follows; null: at the end of the row. */
	after: string | null;
	meta: ColumnMeta;
	cell: (row: Lookup) => CsvCell;
}

const text = { type: 'string', constraints: { required: true }, freeText: true } as const;
const indicatorOf = ({ o, lookups }: Lookup) => lookup(lookups.indicators, o.indicator, 'indicator');
const sourceOf = ({ o, lookups }: Lookup) => lookup(lookups.sources, o.source, 'source');

/** What a download adds to the published columns, each after the column it explains. */
export const addedColumns: readonly AddedColumn[] = [
	{ name: 'indicator_label', after: 'indicator', meta: text, cell: (r) => indicatorOf(r).label },
	{
		name: 'survey_label',
		after: 'survey',
		meta: text,
		cell: ({ o, lookups }) => lookup(lookups.surveys, o.survey, 'survey label')
	},
	{
		name: 'region_label',
		after: 'region',
		meta: text,
		cell: ({ o, lookups }) => lookup(lookups.regions, o.region, 'region label')
	},
	{
		name: 'group_label',
		after: 'group',
		meta: text,
		cell: ({ o, lookups }) => lookup(lookups.groups, `${o.breakdown}/${o.group}`, 'group label')
	},
	{
		name: 'value_decimals',
		after: 'value',
		meta: { type: 'integer', constraints: { required: true, minimum: 0 } },
		cell: ({ o }) => o.decimals
	},
	{
		name: 'unit',
		after: 'value_decimals',
		meta: { type: 'string', constraints: { required: true } },
		cell: (r) => indicatorOf(r).unit
	},
	{ name: 'source_title', after: 'source', meta: text, cell: (r) => sourceOf(r).title },
	{ name: 'source_publisher', after: 'source_title', meta: text, cell: (r) => sourceOf(r).publisher },
	{ name: 'licence', after: 'source_publisher', meta: text, cell: (r) => sourceOf(r).licence },
	{
		name: 'retrieved_from',
		after: null,
		meta: { type: 'string', constraints: { required: true } },
		cell: ({ context }) => context.retrievedFrom
	},
	{
		name: 'retrieved_on',
		after: 'retrieved_from',
		meta: { type: 'date', constraints: { required: true } },
		cell: ({ context }) => context.retrievedOn
	}
];

/** One published cell as a download writes it: a list joined with `;`, the value as published. */
function publishedCell(column: ReaderColumnInfo, o: ReaderFields): CsvCell {
	// "9.0" keeps its decimal in CSV; toJson turns it into the number 9 (value_decimals keeps the 1).
	if (column.name === 'value') return o.valueText;
	const cell = (o as unknown as Readonly<Record<string, unknown>>)[column.key];
	if (Array.isArray(cell)) return cell.length > 0 ? cell.join(';') : null;
	return cell as CsvCell;
}

interface DownloadColumnInfo {
	name: string;
	meta: ColumnMeta;
	cell: (row: Lookup) => CsvCell;
}

function withAdded(): DownloadColumnInfo[] {
	const columns: DownloadColumnInfo[] = [];
	const place = (name: string | null) => {
		for (const added of addedColumns.filter((a) => a.after === name)) {
			columns.push(added);
			place(added.name);
		}
	};
	for (const column of readerColumns) {
		columns.push({ name: column.name, meta: column.meta, cell: ({ o }) => publishedCell(column, o) });
		place(column.name);
	}
	place(null);
	const lost = addedColumns.filter((a) => !columns.includes(a));
	if (lost.length > 0) throw new Error(`rows.ts: no column "${lost[0]?.after}" to follow`);
	return columns;
}

/** Every download column, in file order, with its Table Schema type (fields.ts describes them). */
export const downloadColumnInfo: readonly DownloadColumnInfo[] = withAdded();

/** Download columns, in file order. */
export const downloadColumns: readonly string[] = downloadColumnInfo.map((c) => c.name);

/** Columns holding numbers (published text like "9.0" or JS numbers): pass to toCsv and toJson. */
export const downloadNumericColumns: readonly string[] = downloadColumnInfo
	.filter((c) => c.meta.type === 'number' || c.meta.type === 'integer')
	.map((c) => c.name);

/** One download row, keyed by `downloadColumns`. */
export type DownloadRow = Record<string, CsvCell>;

export { assertIsoDate };

/**
 * Maps estimates (a page's observations, or `readerFields` of the catalogue's) to download rows in
 * the given order. Throws when a label or source is missing: a download never drops provenance silently.
 */
export function toDownloadRows(
	observations: readonly ReaderFields[],
	lookups: DownloadLookups,
	context: DownloadContext
): DownloadRow[] {
	assertIsoDate(context.retrievedOn, 'toDownloadRows: retrievedOn');
	const full = { ...context, retrievedFrom: new URL(context.pageUrl, context.siteUrl).href };
	return observations.map((o) =>
		Object.fromEntries(downloadColumnInfo.map((c) => [c.name, c.cell({ o, lookups, context: full })]))
	);
}
