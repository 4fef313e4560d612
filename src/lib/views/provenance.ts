// What a view's figures were read from, as its sources section lists them: each distinct quote once,
// and each published table once with the rows its figures come from (rows compressed to ranges).
import type { PageObservation } from './indicator-data.ts';

export interface QuoteRef {
	quote: string;
	url: string;
	context: string | null;
	source: string;
}

export interface TableRef {
	table: string;
	sha256: string;
	url: string;
	source: string;
	rows: number[];
}

type Row = Pick<
	PageObservation,
	'source' | 'sourceUrl' | 'sourceQuote' | 'quoteContext' | 'sourceTable' | 'sourceTableSha256' | 'sourceRow'
>;

export function provenanceOf(rows: readonly Row[]): { quotes: QuoteRef[]; tables: TableRef[] } {
	const quotes = new Map<string, QuoteRef>();
	const tables = new Map<string, TableRef>();
	for (const o of rows) {
		if (o.sourceQuote !== null) {
			if (!quotes.has(o.sourceQuote))
				quotes.set(o.sourceQuote, {
					quote: o.sourceQuote,
					url: o.sourceUrl,
					context: o.quoteContext,
					source: o.source
				});
		} else if (o.sourceTable !== null && o.sourceTableSha256 !== null && o.sourceRow !== null) {
			const key = `${o.sourceTable}|${o.sourceTableSha256}`;
			const table = tables.get(key) ?? {
				table: o.sourceTable,
				sha256: o.sourceTableSha256,
				url: o.sourceUrl,
				source: o.source,
				rows: []
			};
			if (!table.rows.includes(o.sourceRow)) table.rows.push(o.sourceRow);
			tables.set(key, table);
		}
	}
	for (const t of tables.values()) t.rows.sort((a, b) => a - b);
	return { quotes: [...quotes.values()], tables: [...tables.values()] };
}

/** Sorted row numbers as ranges: [2, 3, 4, 9] → "2–4, 9" (en dash, read the same in every language). */
export function rowRanges(rows: readonly number[]): string {
	const parts: string[] = [];
	for (let i = 0; i < rows.length;) {
		let j = i;
		while (j + 1 < rows.length && rows[j + 1] === (rows[j] ?? 0) + 1) j++;
		parts.push(j > i ? `${rows[i]}–${rows[j]}` : String(rows[i]));
		i = j + 1;
	}
	return parts.join(', ');
}
