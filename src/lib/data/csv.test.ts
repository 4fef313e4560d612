import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.ts';

describe('parseCsv', () => {
	it('keeps the physical line of each row, across blank lines and multi-line cells', () => {
		const parsed = parseCsv('a,b\n1,2\n\n"x\ny",3\n4,5\n');
		expect(parsed.header).toEqual(['a', 'b']);
		expect(parsed.rows).toEqual([
			{ line: 2, cells: ['1', '2'] },
			{ line: 4, cells: ['x\ny', '3'] },
			{ line: 6, cells: ['4', '5'] }
		]);
		expect(parsed.problems).toEqual([]);
	});

	it('reads CRLF files and strips a byte-order mark', () => {
		const parsed = parseCsv('\uFEFFa,b\r\n1,2\r\n3,4');
		expect(parsed.header).toEqual(['a', 'b']);
		expect(parsed.rows.map((r) => [r.line, ...r.cells])).toEqual([
			[2, '1', '2'],
			[3, '3', '4']
		]);
	});

	it('reports an unclosed quote on the line where the cell opens', () => {
		const parsed = parseCsv('a,b\n1,2\n3,"4\n5,6\n');
		expect(parsed.problems).toEqual([{ line: 3, message: 'quoted cell is never closed' }]);
	});

	it('keeps tabs and doubled quotes inside quoted cells', () => {
		const parsed = parseCsv('a\n"x\ty ""z"""\n');
		expect(parsed.rows[0]?.cells).toEqual(['x\ty "z"']);
	});
});
