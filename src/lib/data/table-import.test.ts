import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from './validate.ts';
import { importTable, mappingSchema, normaliseNumber, type TableMapping } from './table-import.ts';

const fixture = 'tests/fixtures/full-uncertainty';
const mapping = mappingSchema.parse(JSON.parse(fs.readFileSync(`${fixture}/table/mapping.json`, 'utf8')));

function run(text: string, m: TableMapping = mapping) {
	const table = { name: 't.csv', path: 'in/t.csv', text, sha256: createHash('sha256').update(text).digest('hex') };
	return importTable({ table, mapping: m });
}

const header = 'Jaar;Gewest;Geslacht;Leeftijd;Opleiding;Schatting (%);95% BI ondergrens;95% BI bovengrens;n (ongewogen)';

describe('importTable', () => {
	it('writes the committed fixture byte for byte from its table and mapping', () => {
		const bytes = fs.readFileSync(`${fixture}/table/his-synthetic.csv`);
		const result = importTable({
			table: {
				name: 'his-synthetic.csv',
				path: 'his-synthetic.csv',
				text: bytes.toString('utf8'),
				sha256: createHash('sha256').update(bytes).digest('hex')
			},
			mapping
		});
		expect(result.problems).toEqual([]);
		expect(result.csv).toBe(fs.readFileSync(`${fixture}/data/observations/his-synthetic.csv`, 'utf8'));
		expect(result.skipped).toBe(4);
	});

	it('maps codes, decimal commas, thousands and breakdown columns onto one observation row', () => {
		const result = run(`${header}\n2018;Vlaams Gewest;Vrouwen;Totaal;Totaal;34,90;32,1;37,5;16.455\n`);
		expect(result.problems).toEqual([]);
		const [head, row] = (result.csv ?? '').trim().split('\n');
		const cells = Object.fromEntries((head ?? '').split(',').map((c, i) => [c, (row ?? '').split(',')[i]]));
		expect(cells).toMatchObject({
			indicator: 'synthetic_pa_new',
			survey: 'HIS_2018',
			year: '2018',
			region: 'BE-VLG',
			breakdown: 'sex',
			group: 'female',
			value: '34.90',
			ci_low: '32.1',
			ci_high: '37.5',
			n: '16455',
			source_quote: '',
			source_table: 't.csv',
			source_row: '2'
		});
		expect(cells.source_table_sha256).toMatch(/^[0-9a-f]{64}$/);
	});

	it('reports a broken quote alone, not the faults of the rows read before it (rows are mapped as they are read)', () => {
		const result = run(`${header}\n2018;Atlantis;Vrouwen;Totaal;Totaal;34,90;32,1;37,5;16.455\n2018;"Vlaams Gewest;Vrouwen;Totaal;Totaal;1;1;1;1\n`);
		expect(result.csv).toBeNull();
		expect(result.problems.map(formatProblem)).toEqual(['in/t.csv:3: (row): quoted cell is never closed']);
	});

	it('reports a header fault alone, not the rows it leaves unreadable', () => {
		const result = run(`${header.replace('Gewest', 'Regio')}\n2018;Vlaams Gewest;Vrouwen;Totaal;Totaal;x;1;1;1\n`);
		expect(result.problems.map((p) => `${p.line}: ${p.column}`)).toEqual(['1: Gewest']);
	});

	it('lists every fault of the table at once, as file:line: column: message, and writes nothing', () => {
		const result = run(
			[
				header,
				'2018;Vlaanderen;Totaal;Totaal;Totaal;34,9;32,1;37,5;100',
				'2018;Vlaams Gewest;Totaal;Totaal;Totaal;3,4,5;32,1;37,5;100',
				'2018;Waals Gewest;Mannen;15-24;Totaal;30,0;28,0;32,0;100',
				'2018;Waals Gewest;Totaal;Totaal;Totaal;30,0;28,0;32,0;100',
				'2018;Waals Gewest;Totaal;Totaal;Totaal;31,0;28,0;32,0;100',
				'2018;Waals Gewest;Totaal;Totaal',
				'2018;België;Totaal;Totaal;Totaal;30.5;28,0;32,0;1 000'
			].join('\n') + '\n'
		);
		expect(result.csv).toBeNull();
		expect(result.problems.map(formatProblem)).toEqual([
			'in/t.csv:2: Gewest: "Vlaanderen" has no code in the mapping',
			'in/t.csv:3: Schatting (%): "3,4,5" is not a number (decimal mark ",", thousands ".")',
			'in/t.csv:4: (row): the row is split by Geslacht and Leeftijd at once; an observation has one breakdown',
			'in/t.csv:6: (row): duplicate cell (synthetic_pa_new, HIS_2018, BE-WAL, total, total, 15+) (first on line 5)',
			'in/t.csv:7: (row): row has 4 cells, header has 9',
			'in/t.csv:8: Schatting (%): "30.5" is not a number (decimal mark ",", thousands ".")',
			'in/t.csv:8: n (ongewogen): "1 000" is not a number (decimal mark ",", thousands ".")'
		]);
	});

	it('names mapping columns missing from the table and required columns nothing fills', () => {
		const { columns, constants } = mapping;
		const { source: _source, ...otherConstants } = constants;
		const broken = {
			...mapping,
			constants: otherConstants,
			columns: columns.map((c) => (c.to === 'n' ? { ...c, from: 'n' } : c)).filter((c) => c.to !== 'value')
		};
		const result = run(`${header}\n`, mappingSchema.parse(broken));
		expect(result.problems.map(formatProblem)).toEqual([
			'in/t.csv:1: n: column "n" is not in the table\'s header',
			'in/t.csv:1: (mapping): no table column or constant fills "source"',
			'in/t.csv:1: (mapping): no table column or constant fills "value"'
		]);
	});

	it('leaves out a row whose estimate is not published, and never writes a zero', () => {
		const result = run(`${header}\n2018;België;Totaal;Totaal;Totaal;-;-;-;-\n`);
		expect(result.problems).toEqual([]);
		expect(result.skipped).toBe(1);
		expect((result.csv ?? '').trim().split('\n')).toHaveLength(1);
	});
});

describe('normaliseNumber', () => {
	it.each([
		['34,9', ',', '', '34.9'],
		['34,90', ',', '.', '34.90'],
		['16.455', ',', '.', '16455'],
		['16 455', ',', ' ', '16455'],
		['16\u202f455', ',', ' ', '16455'],
		['1,234.5', '.', ',', '1234.5'],
		['-0,5', ',', '', '-0.5'],
		['1234,5', ',', '.', '1234.5']
	] as const)('%s with decimal %s and thousands "%s" is %s', (cell, decimal, thousands, expected) => {
		expect(normaliseNumber(cell, decimal, thousands)).toBe(expected);
	});

	it.each([
		['34.9', ',', ''],
		['30.5', ',', '.'],
		['1.23.45', ',', '.'],
		['3,4,5', ',', ''],
		['abc', '.', ''],
		['', '.', '']
	] as const)('%s (decimal %s, thousands "%s") is not a number', (cell, decimal, thousands) => {
		expect(normaliseNumber(cell, decimal, thousands)).toBeNull();
	});
});
