// JSON download: the same rows as the CSV, wrapped with provenance. Not formula-neutralised (a JSON
// file is not opened as a spreadsheet), so text is exactly as published; numbers are JSON numbers.
import type { CsvCell } from './csv.ts';
import { assertIsoDate } from './iso-date.ts';

export interface JsonMeta {
	title: string;
	/** Source(s) named as in the citation, e.g. "Sciensano (2025). Gezondheidsenquête 2023-24". */
	source: string | readonly string[];
	survey: string | readonly string[];
	licence: string | readonly string[];
	/** The page URL the file belongs to. */
	retrievedFrom: string;
	/** ISO date `YYYY-MM-DD` (build date). */
	retrievedOn: string;
	citation: string;
	/** Column names, in order; every row is written with exactly these keys. */
	columns: readonly string[];
	/** Columns holding numbers: published text there ("9.0") is written as a JSON number (9). */
	numericColumns?: readonly string[];
}

/** Key order of the JSON document (fixed, so files diff cleanly between builds). */
export const jsonKeys = [
	'title',
	'source',
	'survey',
	'licence',
	'retrieved_from',
	'retrieved_on',
	'citation',
	'columns',
	'rows'
] as const;

function cellValue(cell: CsvCell, column: string, numeric: boolean): CsvCell {
	const value = numeric && typeof cell === 'string' ? Number(cell) : cell;
	if (typeof value === 'number' && !Number.isFinite(value)) {
		throw new RangeError(`toJson: column "${column}" holds ${String(cell)}, not a finite number`);
	}
	return value;
}

/**
 * Pretty JSON (2-space indent, final newline) with keys in `jsonKeys` order and each row's keys in
 * `meta.columns` order, numbers as JSON numbers. Throws when a row lacks a column (a missing value
 * must be `null`) or a numeric column holds no number.
 *
 * @example toJson({ ...meta, columns: ['value'], numericColumns: ['value'] }, [{ value: '9.0' }]) // rows: [{ "value": 9 }]
 */
export function toJson(meta: JsonMeta, rows: readonly Readonly<Record<string, CsvCell>>[]): string {
	assertIsoDate(meta.retrievedOn, 'toJson: retrievedOn');
	const numeric = new Set(meta.numericColumns ?? []);
	const records = rows.map((row, index) =>
		Object.fromEntries(
			meta.columns.map((column) => {
				if (!Object.hasOwn(row, column)) throw new Error(`toJson: row ${index} has no column "${column}"`);
				return [column, cellValue(row[column] ?? null, column, numeric.has(column))];
			})
		)
	);
	const document: Record<(typeof jsonKeys)[number], unknown> = {
		title: meta.title,
		source: meta.source,
		survey: meta.survey,
		licence: meta.licence,
		retrieved_from: meta.retrievedFrom,
		retrieved_on: meta.retrievedOn,
		citation: meta.citation,
		columns: [...meta.columns],
		rows: records
	};
	return `${JSON.stringify(document, null, 2)}\n`;
}
