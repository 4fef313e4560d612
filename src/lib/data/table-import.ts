// Maps a statistics office's own table (one estimate per row, with its CI and n) onto the rows of
// data/observations/: pure (table text and mapping in, CSV text or every problem out), so the import
// command (scripts/import-table.ts) only reads and writes files. Numbers keep their published decimals.
import Papa from 'papaparse';
import { readCsvRows, type CsvRow } from './csv.ts';
import { observationSchema } from './schema.ts';
import { z } from './zod.ts';

export type ObservationColumn = keyof typeof observationSchema.shape;
const observationColumns = Object.keys(observationSchema.shape) as ObservationColumn[];
/** Columns the import fills itself, from the table file and the row's line. */
const provenanceColumns = ['source_table', 'source_table_sha256', 'source_row', 'source_quote'] as const;
const numberColumns = ['value', 'ci_low', 'ci_high', 'n'] as const;
type NumberColumn = (typeof numberColumns)[number];

const columnRule = z.strictObject({
	/** The table's column header, exactly as written. */
	from: z.string().min(1),
	/** The observation column it fills. */
	to: z.enum(observationColumns.filter((c) => !(provenanceColumns as readonly string[]).includes(c))),
	/** Table code → data code ("Vlaams Gewest" → "BE-VLG"); every cell must be listed when given. */
	codes: z.record(z.string(), z.string()).optional()
});

/** A column that splits the table by one breakdown (sex, age…): its total rows are "not split by it". */
const breakdownRule = z.strictObject({
	from: z.string().min(1),
	breakdown: z.string().min(1),
	/** The cell text that means "all" (e.g. "Totaal", "Total"). */
	total: z.string(),
	codes: z.record(z.string(), z.string())
});

export const mappingSchema = z.strictObject({
	/** Field separator of the table; ";" in most Belgian exports. */
	delimiter: z.enum([',', ';', '\t']).default(','),
	/** Decimal mark of the table's numbers ("34,9" with ","). */
	decimal: z.enum(['.', ',']).default('.'),
	/** Thousands separator of the table's numbers ("16.455" or "16 455"), or none. */
	thousands: z.enum(['', '.', ',', ' ']).default(''),
	/** Cells that mean "not published": such a row is left out, never filled in. */
	missing: z.array(z.string()).default([]),
	/** The same value for every row (survey, source, age_base, standardisation, preferred…). */
	constants: z.partialRecord(z.enum(observationColumns), z.string()).default({}),
	columns: z.array(columnRule),
	breakdowns: z.array(breakdownRule).default([])
});
export type TableMapping = z.output<typeof mappingSchema>;

export interface ImportProblem {
	file: string;
	line: number;
	column: string;
	message: string;
}

export interface ImportInput {
	/** The table file's text and how it is named in messages and in `source_table`. */
	table: { name: string; path: string; text: string; sha256: string };
	mapping: TableMapping;
}

export interface ImportResult {
	/** The observation file, written only when there is no problem. */
	csv: string | null;
	/** Output row index → line of the table it came from. */
	lines: number[];
	skipped: number;
	problems: ImportProblem[];
}

export const importMessages = {
	unknownHeader: (header: string) => `column "${header}" is not in the table's header`,
	unmappedCode: (cell: string) => `"${cell}" has no code in the mapping`,
	notANumber: (cell: string, decimal: string, thousands: string) =>
		`"${cell}" is not a number (decimal mark "${decimal}"${thousands ? `, thousands "${thousands}"` : ''})`,
	crossClassified: (columns: string[]) =>
		`the row is split by ${columns.join(' and ')} at once; an observation has one breakdown`,
	duplicateCell: (key: string, first: number) => `duplicate cell ${key} (first on line ${first})`,
	missingColumn: (column: string) => `no table column or constant fills "${column}"`,
	wrongCellCount: (seen: number, expected: number) => `row has ${seen} cells, header has ${expected}`
};

/**
 * A published number as the data files write it: "34,90" → "34.90", "16.455" → "16455". A
 * thousands separator must group exactly three digits, so "30.5" in a decimal-comma table is an
 * error, not 305.
 */
export function normaliseNumber(cell: string, decimal: '.' | ',', thousands: string): string | null {
	const s = cell.trim();
	const sep = thousands === ' ' ? '[ \u00a0\u202f]' : thousands.replace('.', '\\.');
	const int = thousands ? `\\d{1,3}(?:${sep}\\d{3})*|\\d+` : '\\d+';
	const match = new RegExp(`^(-?)(${int})(?:${decimal === ',' ? ',' : '\\.'}(\\d+))?$`).exec(s);
	if (!match) return null;
	const [, sign, whole = '', fraction] = match;
	return `${sign}${whole.replace(/\D/g, '')}${fraction === undefined ? '' : `.${fraction}`}`;
}

export function importTable({ table, mapping }: ImportInput): ImportResult {
	const problems: ImportProblem[] = [];
	const add = (line: number, column: string, message: string) => problems.push({ file: table.path, line, column, message });
	const valueRule = mapping.columns.find((c) => c.to === 'value');

	// The table's rows are mapped as they are read (readCsvRows: a 100,000-row table is not held
	// twice). Their problems wait apart: a table with a syntax, header or mapping problem reports those
	// alone, as before any row is looked at.
	const rowProblems: ImportProblem[] = [];
	const out: string[][] = [];
	const lines: number[] = [];
	const seen = new Map<string, number>();
	let skipped = 0;
	let header: string[] = [];
	let col = new Map<string, number>();
	const syntax = readCsvRows(
		table.text,
		{
			header(cells) {
				header = cells;
				col = new Map(cells.map((h, i) => [h, i]));
			},
			row(row) {
				if (!valueRule) return;
				const record = mapRow(row, valueRule);
				if (!record) return;
				out.push(observationColumns.map((c) => record[c] ?? ''));
				lines.push(row.line);
			}
		},
		mapping.delimiter
	);

	for (const p of syntax) add(p.line, '(row)', p.message);
	for (const rule of [...mapping.columns, ...mapping.breakdowns])
		if (!col.has(rule.from)) add(1, rule.from, importMessages.unknownHeader(rule.from));
	const filled = new Set<string>([
		...Object.keys(mapping.constants),
		...mapping.columns.map((c) => c.to),
		...(mapping.breakdowns.length ? ['breakdown', 'group'] : []),
		...provenanceColumns
	]);
	for (const c of observationColumns) {
		const optional = observationSchema.shape[c].safeParse('').success;
		if (!filled.has(c) && !optional && c !== 'value') add(1, '(mapping)', importMessages.missingColumn(c));
	}
	// The estimate always comes from the table, one per row, never from a constant.
	if (!valueRule) add(1, '(mapping)', importMessages.missingColumn('value'));
	if (problems.length > 0) return { csv: null, lines: [], skipped: 0, problems };
	for (const p of rowProblems) problems.push(p);
	if (problems.length > 0) return { csv: null, lines: [], skipped, problems };
	const csv = Papa.unparse({ fields: observationColumns, data: out }, { newline: '\n' });
	return { csv: `${csv}\n`, lines, skipped, problems };

	/** One table row as a row of data/observations, or null (left out, or its problems noted). */
	function mapRow(row: CsvRow, valueRule: z.output<typeof columnRule>): Record<string, string> | null {
		if (row.cells.length !== header.length) {
			fail(row.line, '(row)', importMessages.wrongCellCount(row.cells.length, header.length));
			return null;
		}
		const cell = (name: string) => (row.cells[col.get(name) ?? -1] ?? '').trim();
		// A row whose estimate is not published is left out: never filled in, never zero.
		const estimate = cell(valueRule.from);
		if (estimate === '' || mapping.missing.includes(estimate)) {
			skipped++;
			return null;
		}
		const record: Record<string, string> = { ...mapping.constants };
		let ok = true;
		for (const rule of mapping.columns) {
			const raw = cell(rule.from);
			if (numberColumns.includes(rule.to as NumberColumn)) {
				if (raw === '' || mapping.missing.includes(raw)) record[rule.to] = '';
				else {
					const n = normaliseNumber(raw, mapping.decimal, mapping.thousands);
					if (n === null) ok = fail(row.line, rule.from, importMessages.notANumber(raw, mapping.decimal, mapping.thousands));
					else record[rule.to] = n;
				}
			} else if (rule.codes) {
				const code = rule.codes[raw];
				if (code === undefined) ok = fail(row.line, rule.from, importMessages.unmappedCode(raw));
				else record[rule.to] = code;
			} else record[rule.to] = raw;
		}
		const splits: { rule: (typeof mapping.breakdowns)[number]; code: string }[] = [];
		for (const rule of mapping.breakdowns) {
			const raw = cell(rule.from);
			if (raw === rule.total) continue;
			const code = rule.codes[raw];
			if (code === undefined) ok = fail(row.line, rule.from, importMessages.unmappedCode(raw));
			else splits.push({ rule, code });
		}
		if (splits.length > 1) ok = fail(row.line, '(row)', importMessages.crossClassified(splits.map((s) => s.rule.from)));
		if (!ok) return null;
		if (mapping.breakdowns.length) {
			record.breakdown = splits[0]?.rule.breakdown ?? 'total';
			record.group = splits[0]?.code ?? 'total';
		}
		Object.assign(record, { source_table: table.name, source_table_sha256: table.sha256, source_row: String(row.line), source_quote: '' });
		const key = `(${['indicator', 'survey', 'region', 'breakdown', 'group', 'age_base'].map((c) => record[c] ?? '').join(', ')})`;
		// One estimate per cell, as the validator allows one preferred row per cell (alternatives are preferred=false).
		const first = record.preferred === 'false' ? undefined : seen.get(key);
		if (first !== undefined) {
			fail(row.line, '(row)', importMessages.duplicateCell(key, first));
			return null;
		}
		if (record.preferred !== 'false') seen.set(key, row.line);
		return record;
	}

	function fail(line: number, column: string, message: string): false {
		rowProblems.push({ file: table.path, line, column, message });
		return false;
	}
}

