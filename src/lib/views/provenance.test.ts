import { describe, expect, it } from 'vitest';
import { provenanceOf, rowRanges } from './provenance.ts';

const quoted = { source: 's', sourceUrl: 'https://e.org', sourceQuote: 'q 1', quoteContext: null };
const noTable = { sourceTable: null, sourceTableSha256: null, sourceRow: null };
const tableRow = (row: number, table = 't.csv') => ({
	source: 's',
	sourceUrl: 'https://e.org/t',
	sourceQuote: null,
	quoteContext: null,
	sourceTable: table,
	sourceTableSha256: 'a'.repeat(64),
	sourceRow: row
});

describe('provenanceOf', () => {
	it('lists each quote once and each table once with its sorted rows', () => {
		const p = provenanceOf([
			{ ...quoted, ...noTable },
			{ ...quoted, ...noTable },
			tableRow(9),
			tableRow(2),
			tableRow(3),
			tableRow(3),
			tableRow(5, 'other.csv')
		]);
		expect(p.quotes.map((q) => q.quote)).toEqual(['q 1']);
		expect(p.tables.map((t) => [t.table, t.rows])).toEqual([
			['t.csv', [2, 3, 9]],
			['other.csv', [5]]
		]);
	});
});

describe('rowRanges', () => {
	it('compresses runs of consecutive rows', () => {
		expect(rowRanges([2, 3, 4, 9, 11, 12])).toBe('2–4, 9, 11–12');
		expect(rowRanges([7])).toBe('7');
		expect(rowRanges([])).toBe('');
	});
});
