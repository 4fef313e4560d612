// The reader columns derived from a schema: maintainers' columns left out, a column written per
// language read as one column in the reader's language (the worked example of docs/adding-a-column.md).
import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { camelCase, columnLanguage, readerColumns, readerColumnsOf, type ReaderFields } from './columns.ts';
import { columnMeta, maintainerOnly, observationSchema } from './schema.ts';

const shape = observationSchema.shape;

describe('readerColumnsOf', () => {
	it('keeps the schema order and leaves maintainer-only columns out', () => {
		const names = Object.keys(shape)
			.filter((n) => !columnMeta(shape[n as keyof typeof shape]).maintainerOnly)
			.map((n) => columnLanguage(n)?.base ?? n);
		expect(readerColumns.map((c) => c.name)).toEqual([...new Set(names)]);
		expect(readerColumns.map((c) => c.name)).not.toContain('maintainer_note');
		expect(readerColumns.map((c) => c.name)).not.toContain('origin');
	});

	it('reads note_nl/fr/en as one column note, in the reader’s language', () => {
		const note = readerColumns.find((c) => c.name === 'note');
		expect(note?.source('fr')).toBe('note_fr');
		expect(note?.source('nl')).toBe('note_nl');
		expect(readerColumns.map((c) => c.name)).not.toContain('note_en');
	});

	it('leaves out a column marked maintainerOnly, whatever its name', () => {
		const columns = readerColumnsOf({ ...shape, provenance: maintainerOnly(shape.note_en) });
		expect(columns.map((c) => c.name)).toEqual(readerColumns.map((c) => c.name));
	});

	it('refuses a column written both once and per language, or in only some languages', () => {
		expect(() => readerColumnsOf({ ...shape, note: shape.note_en })).toThrow(/"note" is also written per language/);
		expect(() => readerColumnsOf({ label_nl: shape.note_en, label_fr: shape.note_en })).toThrow(
			/"label_en" is missing/
		);
		expect(() => readerColumnsOf({ x: z.string() })).toThrow(/without \.meta\(\{ column \}\)/);
	});
});

describe('names', () => {
	it.each([
		['source_quote', 'sourceQuote'],
		['age_base_source', 'ageBaseSource'],
		['n', 'n']
	])('camelCase(%j) is %j', (snake, camel) => expect(camelCase(snake)).toBe(camel));

	it('splits a per-language column name', () => {
		expect(columnLanguage('break_note_fr')).toEqual({ base: 'break_note', lang: 'fr' });
		expect(columnLanguage('source_quote')).toBeNull();
	});

	it('types page rows without maintainers’ columns', () => {
		expectTypeOf<ReaderFields>().toHaveProperty('sourceQuote');
		expectTypeOf<ReaderFields>().not.toHaveProperty('origin');
	});
});
