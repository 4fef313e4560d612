import { describe, expect, it } from 'vitest';
import { jsonKeys, toJson, type JsonMeta } from './json.ts';

const meta: JsonMeta = {
	title: 'Voldoende aerobe beweging (WHO)',
	source: 'Sciensano (2025). Gezondheidsenquête 2023-24 (persbericht)',
	survey: ['Gezondheidsenquête 2018', 'Gezondheidsenquête 2023'],
	licence: 'not stated',
	retrievedFrom: 'https://bewegeninbelgie.be/nl/indicator/pa',
	retrievedOn: '2026-11-25',
	citation: 'Sciensano (2025). …',
	columns: ['region', 'value', 'n', 'preferred', 'note']
};

describe('toJson', () => {
	it('writes the document keys in a fixed order and each row in column order', () => {
		const text = toJson(meta, [{ note: null, preferred: true, n: 8611, value: '9.0', region: 'BE', extra: 'x' }]);
		const parsed = JSON.parse(text) as Record<string, unknown>;
		expect(Object.keys(parsed)).toEqual([...jsonKeys]);
		const rows = parsed.rows as Record<string, unknown>[];
		expect(Object.keys(rows[0] ?? {})).toEqual(meta.columns);
		expect(rows[0]).toEqual({ region: 'BE', value: '9.0', n: 8611, preferred: true, note: null });
		expect(parsed.retrieved_from).toBe(meta.retrievedFrom);
		expect(parsed.retrieved_on).toBe('2026-11-25');
		expect(parsed.survey).toEqual(meta.survey);
	});

	it('is pretty-printed with two spaces, a final newline and deterministic output', () => {
		const rows = [{ region: 'BE', value: '34.9', n: null, preferred: false, note: '=1+1' }];
		const text = toJson(meta, rows);
		expect(text.startsWith('{\n  "title": ')).toBe(true);
		expect(text.endsWith('}\n')).toBe(true);
		expect(toJson(meta, rows)).toBe(text);
		// Text is kept exactly: JSON is not neutralised.
		expect(text).toContain('"note": "=1+1"');
	});

	it('writes numeric columns as JSON numbers, whether given as published text or as numbers', () => {
		const numeric = { ...meta, numericColumns: ['value', 'n'] };
		const text = toJson(numeric, [{ region: 'BE', value: '9.0', n: 16455, preferred: true, note: null }]);
		const [row] = (JSON.parse(text) as { rows: Record<string, unknown>[] }).rows;
		expect(row?.value).toBe(9);
		expect(row?.n).toBe(16455);
		expect(text).toContain('"value": 9,');
		expect(() => toJson(numeric, [{ region: 'BE', value: 'n/a', n: null, preferred: true, note: null }])).toThrow(
			/column "value" holds n\/a, not a finite number/
		);
	});

	it.each<[string, Record<string, string | number | boolean | null>, RegExp]>([
		['a missing column', { region: 'BE', value: '1', n: null, preferred: true }, /row 0 has no column "note"/],
		['NaN', { region: 'BE', value: '1', n: Number.NaN, preferred: true, note: null }, /not a finite number/]
	])('throws on %s', (_name, row, error) => {
		expect(() => toJson(meta, [row])).toThrow(error);
	});

	it('rejects a retrieval date that is not ISO', () => {
		expect(() => toJson({ ...meta, retrievedOn: '25/11/2026' }, [])).toThrow(/not an ISO date/);
	});
});
