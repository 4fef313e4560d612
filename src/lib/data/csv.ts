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

/**
 * Parses RFC 4180 CSV text with papaparse, keeping each row's physical line number
 * (a quoted cell may span lines, so the row index is not enough).
 */
export function parseCsv(input: string, delimiter: ',' | ';' | '\t' = ','): ParsedCsv {
	const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
	const starts = lineStarts(text);
	const records: CsvRow[] = [];
	const problems: CsvSyntaxProblem[] = [];
	let previousCursor = 0;
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
			records.push({ line, cells });
		}
	});
	const [head, ...rows] = records;
	return { header: head ? head.cells.map((h) => h.trim()) : [], rows, problems };
}
