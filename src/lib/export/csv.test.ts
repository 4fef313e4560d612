// C7: CSV neutralisation. Table-driven hostile cells, then a 10,000-run property test that parses the
// output back with papaparse.
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { formulaTriggers, neutraliseCell, toCsv, type CsvCell } from './csv.ts';
import { propertyRuns } from '../../../tests/support/property-runs.ts';

// The oracle is written out here, independent of the module under test (OWASP list + LF + full-width).
const triggers = ['=', '+', '-', '@', '\t', '\r', '\n', '＝', '＋', '－', '＠'];
const startsWithTrigger = (s: string) => triggers.some((t) => s.startsWith(t));

function parse(text: string): { data: string[][]; errors: Papa.ParseError[] } {
	const result = Papa.parse<string[]>(text, { header: false, delimiter: ',', newline: '\r\n' });
	return { data: result.data, errors: result.errors };
}

describe('formulaTriggers', () => {
	it('lists the OWASP triggers plus LF and the full-width signs', () => {
		expect([...formulaTriggers].sort()).toEqual([...triggers].sort());
	});
});

describe('neutraliseCell', () => {
	it.each([
		['=1+1', "'=1+1"],
		['=1+1\nnote', "'=1+1\nnote"],
		['+32 2 123 45 67', "'+32 2 123 45 67"],
		['-2', "'-2"],
		['@SUM(A1)', "'@SUM(A1)"],
		['\tx', "'\tx"],
		['\rx', "'\rx"],
		['\nx', "'\nx"],
		['＝1', "'＝1"],
		['＋1', "'＋1"],
		['－1', "'－1"],
		['＠x', "'＠x"],
		['a=1', 'a=1'],
		[' =1', ' =1'],
		["'=1", "'=1"],
		['', ''],
		['34,9%', '34,9%']
	])('neutraliseCell(%j) gives %j', (input, expected) => {
		expect(neutraliseCell(input)).toBe(expected);
	});
});

describe('toCsv', () => {
	it.each<[string, CsvCell, string]>([
		['formula', '=1+1', `"'=1+1"`],
		['formula hiding behind a later newline (papaparse PR #1149)', '=1+1\nnote', `"'=1+1\nnote"`],
		['phone number', '+32 2 123', `"'+32 2 123"`],
		['minus as text', '-2', `"'-2"`],
		['at sign', '@SUM(A1)', `"'@SUM(A1)"`],
		['leading tab', '\tx', `"'\tx"`],
		['leading CR', '\rx', `"'\rx"`],
		['leading LF', '\nx', `"'\nx"`],
		['full-width equals', '＝1', `"'＝1"`],
		['OWASP example', '=1+2";=1+2', `"'=1+2"";=1+2"`],
		['embedded quotes', 'say "hi"', `"say ""hi"""`],
		['comma', 'a,b', `"a,b"`],
		['semicolon (Excel in nl-BE/fr-BE splits on it)', 'a;b', `"a;b"`],
		['CRLF inside', 'a\r\nb', `"a\r\nb"`],
		['leading spaces', '  a', `"  a"`],
		['trailing space', 'a ', `"a "`],
		['unicode', 'Bewegen in België — 34,9 % ✓ 𝔘', `"Bewegen in België — 34,9 % ✓ 𝔘"`],
		['plain text', 'HIS_2023', 'HIS_2023'],
		['empty string', '', ''],
		['null', null, ''],
		['negative number', -1.5, '-1.5'],
		['number', 34.9, '34.9'],
		['zero', 0, '0'],
		['boolean', true, 'true']
	])('writes a %s cell as %j', (_name, cell, expected) => {
		expect(toCsv(['a', 'b'], [{ a: cell, b: 'x' }])).toBe(`a,b\r\n${expected},x`);
	});

	it('neutralises header cells too', () => {
		expect(toCsv(['=cmd', 'b'], [])).toBe(`"'=cmd",b`);
	});

	it('leaves decimal literals in numeric columns alone but neutralises other text there', () => {
		const csv = toCsv(
			['value', 'note'],
			[
				{ value: '-1.5', note: '-1.5' },
				{ value: '9.0', note: '9.0' },
				{ value: '-1,5', note: null },
				{ value: '=1', note: null }
			],
			{ numericColumns: ['value'] }
		);
		expect(csv.split('\r\n')).toEqual(['value,note', `-1.5,"'-1.5"`, '9.0,9.0', `"'-1,5",`, `"'=1",`]);
	});

	it('uses CRLF between records and no line break after the last', () => {
		expect(toCsv(['a'], [{ a: 1 }, { a: 2 }])).toBe('a\r\n1\r\n2');
	});

	it('quotes a lone empty cell so the record is not a blank line', () => {
		const csv = toCsv(['a'], [{ a: null }, { a: '' }]);
		expect(csv).toBe('a\r\n""\r\n""');
		expect(parse(csv).data).toEqual([['a'], [''], ['']]);
	});

	it('prepends a BOM only when asked', () => {
		expect(toCsv(['a'], [], { bom: true })).toBe('\uFEFFa');
		expect(new TextEncoder().encode(toCsv(['a'], [], { bom: true })).slice(0, 3)).toEqual(
			new Uint8Array([0xef, 0xbb, 0xbf])
		);
		expect(toCsv(['a'], [])).toBe('a');
	});

	it('writes columns in the given order and ignores extra keys', () => {
		expect(toCsv(['b', 'a'], [{ a: 1, b: 2, c: 3 }])).toBe('b,a\r\n2,1');
	});

	it('throws on a missing column, a non-finite number and no columns', () => {
		expect(() => toCsv(['a', 'b'], [{ a: 1 }])).toThrow(/row 0 has no column "b"/);
		expect(() => toCsv(['a'], [{ a: Number.NaN }])).toThrow(RangeError);
		expect(() => toCsv(['a'], [{ a: Infinity }])).toThrow(RangeError);
		expect(() => toCsv([], [])).toThrow(RangeError);
	});
});

describe('toCsv property (C7)', () => {
	const trigger = fc.constantFrom(...triggers);
	const hostile = fc.constantFrom('"', ',', ';', '\r\n', '\n', '\r', '""', ' ', '\t', "'", '\uFEFF');
	const text = fc.oneof(
		fc.string({ unit: 'binary', maxLength: 12 }),
		fc.tuple(trigger, fc.string({ unit: 'binary', maxLength: 8 })).map(([t, s]) => t + s),
		fc
			.tuple(fc.string({ maxLength: 4 }), hostile, fc.string({ unit: 'binary', maxLength: 4 }), hostile)
			.map((parts) => parts.join('')),
		fc.tuple(fc.constantFrom(' ', '  '), fc.string({ maxLength: 6 })).map(([sp, s]) => sp + s),
		fc.constant('')
	);
	const decimal = fc
		.tuple(fc.boolean(), fc.nat({ max: 99_999 }), fc.option(fc.nat({ max: 999 }), { nil: undefined }))
		.map(([neg, int, dec]) => `${neg ? '-' : ''}${int}${dec === undefined ? '' : `.${dec}`}`);
	const number = fc.oneof(
		fc.integer({ min: -1_000_000, max: 1_000_000 }),
		fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }),
		decimal.map(Number)
	);
	const cell: fc.Arbitrary<CsvCell> = fc.oneof(
		{ weight: 5, arbitrary: text },
		{ weight: 2, arbitrary: number },
		{ weight: 1, arbitrary: fc.constant(null) },
		{ weight: 1, arbitrary: fc.boolean() }
	);
	// Column 0 is a numeric column: published decimals as text, or other text that must be neutralised.
	const numericCell: fc.Arbitrary<CsvCell> = fc.oneof(decimal, text, number, fc.constant(null));
	const table = fc.integer({ min: 1, max: 6 }).chain((width) =>
		fc.record({
			header: fc.array(text, { minLength: width, maxLength: width }),
			rows: fc.array(fc.tuple(numericCell, fc.array(cell, { minLength: width - 1, maxLength: width - 1 })), {
				maxLength: 6
			}),
			bom: fc.boolean()
		})
	);

	function expected(cellValue: CsvCell, numeric: boolean): { text: string; flagged: boolean } {
		if (cellValue === null) return { text: '', flagged: false };
		if (typeof cellValue !== 'string') return { text: String(cellValue), flagged: false };
		if (numeric && /^-?\d+(\.\d+)?$/.test(cellValue)) return { text: cellValue, flagged: false };
		return { text: cellValue, flagged: startsWithTrigger(cellValue) };
	}

	it(`round-trips ${propertyRuns(10_000)} generated tables through papaparse with every trigger neutralised`, () => {
		fc.assert(
			fc.property(table, ({ header, rows, bom }) => {
				// Header cells must be unique keys for the row objects: suffix the index.
				const columns = header.map((h, i) => `${h}${i}`);
				const rowObjects = rows.map(([first, rest]) =>
					Object.fromEntries(columns.map((c, i) => [c, i === 0 ? first : (rest[i - 1] ?? null)]))
				);
				const csv = toCsv(columns, rowObjects, { bom, numericColumns: columns.slice(0, 1) });
				expect(csv.startsWith('\uFEFF')).toBe(bom);
				const { data, errors } = parse(csv);
				expect(errors).toEqual([]);
				expect(data.length).toBe(rows.length + 1);
				const originals: CsvCell[][] = [columns, ...rowObjects.map((r) => columns.map((c) => r[c] ?? null))];
				originals.forEach((original, r) => {
					const parsed = data[r] ?? [];
					expect(parsed.length).toBe(columns.length);
					original.forEach((value, c) => {
						const got = parsed[c] ?? '';
						const want = expected(value, r > 0 && c === 0);
						if (want.flagged) {
							expect(got.startsWith("'")).toBe(true);
							expect(got.slice(1)).toBe(want.text);
						} else {
							expect(got).toBe(want.text);
						}
						if (typeof value === 'string' && !(r > 0 && c === 0 && /^-?\d+(\.\d+)?$/.test(value))) {
							expect(startsWithTrigger(got)).toBe(false);
						}
					});
				});
			}),
			{ numRuns: propertyRuns(10_000) }
		);
	}, 120_000);
});
