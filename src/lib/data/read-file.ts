// Reading one data file: bytes to validated rows, with a problem per bad byte, header or cell.
import type { z } from 'zod';
import { readCsvRows } from './csv.ts';
import * as msg from './messages.ts';

export interface DataFile {
	/** Path relative to the data folder, e.g. "observations/physical_activity.csv". */
	path: string;
	bytes: Uint8Array;
}

export interface Problem {
	file: string;
	line: number;
	column: string;
	message: string;
}

export function formatProblem(p: Problem): string {
	return `${p.file}:${p.line}: ${p.column}: ${p.message}`;
}

export interface Located<T> {
	file: string;
	line: number;
	record: T;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Line of the first byte that is not valid UTF-8. */
function firstBadUtf8Line(bytes: Uint8Array): number {
	let line = 1;
	for (let i = 0; i < bytes.length; i++) {
		try {
			decoder.decode(bytes.subarray(i, Math.min(bytes.length, i + 4)));
		} catch {
			// A multi-byte sequence may be cut by our window: only report when no prefix length decodes.
			let ok = false;
			for (let n = 1; n <= 4 && i + n <= bytes.length; n++) {
				try {
					decoder.decode(bytes.subarray(i, i + n));
					ok = true;
					i += n - 1;
					break;
				} catch {
					/* try a longer sequence */
				}
			}
			if (!ok) return line;
			continue;
		}
		if (bytes[i] === 0x0a) line++;
	}
	return line;
}

/** Parses one file against a schema; returns the rows that passed and adds a problem per bad cell. */
export function readFile<S extends z.ZodObject>(
	file: DataFile,
	displayPath: string,
	schema: S,
	problems: Problem[]
): Located<z.output<S>>[] {
	const add = (line: number, column: string, message: string) => problems.push({ file: displayPath, line, column, message });
	let text: string;
	try {
		text = decoder.decode(file.bytes);
	} catch {
		add(firstBadUtf8Line(file.bytes), '(file)', msg.invalidUtf8());
		return [];
	}
	if (text.trim() === '') {
		add(1, '(file)', msg.emptyFile());
		return [];
	}
	// Rows are validated as they are read (see readCsvRows); their problems are kept apart, as a file
	// with a syntax or header problem reports those alone.
	const rows: Located<z.output<S>>[] = [];
	const rowProblems: Problem[] = [];
	const expected = Object.keys(schema.shape);
	let header: string[] = [];
	let headerProblems: string[] = [];
	const syntax = readCsvRows(text, {
		header(cells) {
			header = cells;
			headerProblems = [
				...expected.filter((c) => !cells.includes(c)).map((c) => msg.missingColumn(c)),
				...cells.filter((c) => !expected.includes(c)).map((c) => msg.unexpectedColumn(c))
			];
		},
		row(row) {
			if (headerProblems.length > 0) return;
			if (row.cells.length !== header.length) {
				rowProblems.push({ file: displayPath, line: row.line, column: '(row)', message: msg.wrongCellCount(row.cells.length, header.length) });
				return;
			}
			const raw = Object.fromEntries(header.map((h, i) => [h, row.cells[i] ?? '']));
			const result = schema.safeParse(raw);
			if (result.success) rows.push({ file: displayPath, line: row.line, record: result.data });
			else for (const issue of result.error.issues) rowProblems.push({ file: displayPath, line: row.line, column: String(issue.path[0] ?? '(row)'), message: issue.message });
		}
	});
	for (const p of syntax) add(p.line, '(row)', p.message);
	for (const m of headerProblems) add(1, '(header)', m);
	if (headerProblems.length > 0 || syntax.length > 0) return [];
	for (const p of rowProblems) problems.push(p);
	return rows;
}

/** Finds rows whose key was already seen, reporting each repeat against the first. */
export function checkUnique<T>(rows: Located<T>[], key: (r: T) => string, column: string, problems: Problem[]): void {
	const seen = new Map<string, number>();
	for (const row of rows) {
		const k = key(row.record);
		const first = seen.get(k);
		if (first !== undefined)
			problems.push({ file: row.file, line: row.line, column, message: msg.duplicateKey(k, first) });
		else seen.set(k, row.line);
	}
}

