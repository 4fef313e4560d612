// RFC 4180 CSV for downloads, with spreadsheet formula neutralisation (OWASP CSV injection, CWE-1236).
// Our own writer rather than papaparse's `unparse({ escapeFormulae })`: that misses a line feed at
// position 0, misses a trigger when the value holds a later newline (PapaParse PR #1149) and knows no
// full-width signs. See /work/shared/research/reliability.md §2.

/** A cell as given: strings are text, numbers are written with `String(n)`, null is an empty cell. */
export type CsvCell = string | number | boolean | null;

export interface CsvOptions {
	/** Prepend U+FEFF so Excel reads the file as UTF-8. @default false */
	bom?: boolean;
	/**
	 * Columns holding numbers as published text ("9.0", "-1.5"): a string cell there that is a plain
	 * decimal literal is written unchanged, never prefixed with `'`. Any other text is neutralised.
	 * @default []
	 */
	numericColumns?: readonly string[];
}

/** First characters that make a spreadsheet read a cell as a formula (or shift it into one). */
export const formulaTriggers = ['=', '+', '-', '@', '\t', '\r', '\n', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'] as const;

const triggerPattern = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;
/** The number syntax of data/ (schema.ts `numberPattern`): optional minus, digits, optional decimals. */
const decimalLiteral = /^-?\d+(\.\d+)?$/;
const needsQuotes = /[",;\r\n\t]|^\s|\s$/;

export const lineTerminator = '\r\n';

/** True when a spreadsheet would treat text starting like `value` as a formula. */
export function startsWithTrigger(value: string): boolean {
	return triggerPattern.test(value);
}

/**
 * Prefixes `'` to text whose first character is a formula trigger, so spreadsheets show it as text.
 * @example neutraliseCell('=1+1') // "'=1+1"
 */
export function neutraliseCell(value: string): string {
	return startsWithTrigger(value) ? `'${value}` : value;
}

/** RFC 4180 quoting: wraps in `"` and doubles inner quotes when `force` or when the text needs it. */
export function quoteCell(value: string, force = false): string {
	return force || needsQuotes.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function numberText(n: number, column: string): string {
	if (!Number.isFinite(n)) throw new RangeError(`toCsv: column "${column}" holds ${n}, not a finite number`);
	return String(n);
}

/** One cell as CSV text: neutralised (strings only), then quoted when needed. */
export function formatCell(cell: CsvCell, column: string, numeric = false): string {
	if (cell === null) return '';
	if (typeof cell === 'number') return numberText(cell, column);
	if (typeof cell === 'boolean') return String(cell);
	if (numeric && decimalLiteral.test(cell)) return cell;
	const neutralised = neutraliseCell(cell);
	return quoteCell(neutralised, neutralised !== cell);
}

/**
 * Writes one table as RFC 4180 CSV: header row first, comma separated, CRLF between records and no
 * line break after the last one (so a parser sees exactly header + rows). Text cells and header cells
 * starting with `= + - @`, tab, CR, LF or full-width `＝ ＋ － ＠` get a leading `'` and quotes; numbers
 * never do. Throws when a row lacks one of the columns (a missing value must be `null`).
 *
 * @example toCsv(['a', 'b'], [{ a: '=1+1', b: -1.5 }]) // "a,b\r\n\"'=1+1\",-1.5"
 */
export function toCsv(
	columns: readonly string[],
	rows: readonly Readonly<Record<string, CsvCell>>[],
	options: CsvOptions = {}
): string {
	if (columns.length === 0) throw new RangeError('toCsv: at least one column is needed');
	const numeric = new Set(options.numericColumns ?? []);
	const record = (cells: string[]) => {
		const line = cells.join(',');
		// A lone empty cell would be a blank line, which parsers skip or misread: quote it.
		return line === '' ? '""' : line;
	};
	const lines = [record(columns.map((c) => formatCell(c, c)))];
	rows.forEach((row, index) => {
		const cells = columns.map((column) => {
			if (!Object.hasOwn(row, column)) throw new Error(`toCsv: row ${index} has no column "${column}"`);
			return formatCell(row[column] ?? null, column, numeric.has(column));
		});
		lines.push(record(cells));
	});
	return (options.bom ? '\uFEFF' : '') + lines.join(lineTerminator);
}
