import Papa from 'papaparse';
import { csvSyntax, unclosedQuote } from './messages.ts';

export interface CsvRow {
	/** Physical line (1-based) where the row starts. */
	line: number;
	cells: string[];
}

export interface CsvSyntaxProblem {
	line: number;
	message: string;
}

export interface ParsedCsv {
	header: string[];
	rows: CsvRow[];
	problems: CsvSyntaxProblem[];
}

/** Offsets where each physical line starts, to turn a character offset into a line number. */
function lineStarts(text: string): number[] {
	const starts = [0];
	for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
	return starts;
}

function lineOf(starts: number[], offset: number): number {
	let lo = 0;
	let hi = starts.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if ((starts[mid] ?? 0) <= offset) lo = mid;
		else hi = mid - 1;
	}
	return lo + 1;
}

/** What readCsvRows hands on: the header once, then each row as it is read. */
export interface CsvReader {
	header(cells: string[]): void;
	row(row: CsvRow): void;
}

/**
 * Parses RFC 4180 CSV text with papaparse, keeping each row's physical line number (a quoted cell
 * may span lines, so the row index is not enough). Rows go to `reader` one by one and are not kept:
 * a 100,000-row table's cells, all held at once next to the records made from them, had doubled the
 * memory its validation took (issue #14).
 */
export function readCsvRows(input: string, reader: CsvReader, delimiter: ',' | ';' | '\t' = ','): CsvSyntaxProblem[] {
	const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
	const starts = lineStarts(text);
	const problems: CsvSyntaxProblem[] = [];
	let previousCursor = 0;
	let headerSeen = false;
	Papa.parse<string[]>(text, {
		header: false,
		delimiter,
		newline: text.includes('\r\n') ? '\r\n' : '\n',
		quoteChar: '"',
		step(result) {
			const start = previousCursor;
			previousCursor = result.meta.cursor;
			// Skip line breaks between rows so the row's first character gives its line.
			let first = start;
			while (text[first] === '\n' || text[first] === '\r') first++;
			const line = lineOf(starts, first);
			for (const error of result.errors) {
				problems.push({
					line,
					message: error.code === 'MissingQuotes' ? unclosedQuote() : csvSyntax(error.message)
				});
			}
			const cells = result.data;
			if (cells.length === 1 && cells[0] === '') return; // blank line
			if (headerSeen) reader.row({ line, cells });
			else {
				headerSeen = true;
				reader.header(cells.map((h) => h.trim()));
			}
		}
	});
	if (!headerSeen) reader.header([]);
	return problems;
}

/** The whole CSV at once: its header, its rows and its syntax problems (see readCsvRows). */
export function parseCsv(input: string, delimiter: ',' | ';' | '\t' = ','): ParsedCsv {
	let header: string[] = [];
	const rows: CsvRow[] = [];
	const problems = readCsvRows(input, { header: (cells) => (header = cells), row: (row) => rows.push(row) }, delimiter);
	return { header, rows, problems };
}
