// The codebook against the real catalogue: every column of every file offered is listed, described in
// the codebook's language; codebook.csv's header is its own described columns.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { columnsOf, fieldsFor } from '../export/fields.ts';
import { langs } from '../i18n/langs.ts';
import { codebook, codebookCsv, columnFiles, rawTables } from './catalogue-files.ts';
import { catalogueFiles } from './downloads.ts';

const parse = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
const columnRow = (rows: Record<string, string>[], file: string, column: string) =>
	rows.find((r) => r.kind === 'column' && r.parent === file && r.code === column);

describe('codebook columns', () => {
	it('names every file offered: the raw tables, the rows download and the codebook itself', () => {
		const files = columnFiles.map((f) => f.file);
		expect(files).toEqual(expect.arrayContaining([...Object.keys(rawTables), 'catalogue.csv', 'codebook.csv']));
		// Every per-language catalogue file is catalogue.csv in another format, or the codebook.
		for (const file of catalogueFiles) expect(file === 'codebook.csv' || file.startsWith('catalogue'), file).toBe(true);
	});

	it.each(langs)('lists every column of every file, once, in %s', (lang) => {
		const entries = codebook(lang).filter((e) => e.kind === 'column');
		const expected = columnFiles.flatMap(({ file, kind }) => columnsOf(kind).map((column) => `${file}/${column}`));
		expect(entries.map((e) => `${e.parent}/${e.code}`)).toEqual(expected);
		for (const e of entries) {
			expect(e.description, `${e.parent}/${e.code}`).toMatch(/\S.* \[(string|number|integer|boolean|date)\]$/);
			expect(e.label).toBe('');
		}
	});

	it('keeps the codes, indicators, series and surveys before the columns', () => {
		const kinds = codebook('nl').map((e) => e.kind);
		expect(kinds[0]).toBe('indicator');
		expect(kinds.indexOf('column')).toBeGreaterThan(kinds.lastIndexOf('flag'));
	});
});

describe('codebookCsv', () => {
	it.each(langs)('has the codebook columns as header and parses cleanly (%s)', (lang) => {
		const parsed = parse(codebookCsv(lang));
		expect(parsed.errors).toEqual([]);
		expect(parsed.meta.fields).toEqual(columnsOf('codebook'));
		expect(parsed.data.length).toBe(codebook(lang).length);
	});

	it.each([
		['nl', 'Steekproefgrootte'],
		['fr', 'Taille de l’échantillon'],
		['en', 'Sample size']
	] as const)('describes the columns in the language of the file (%s)', (lang, sampleSize) => {
		const rows = parse(codebookCsv(lang)).data;
		expect(columnRow(rows, 'catalogue.csv', 'n')?.description).toBe(
			`${fieldsFor('download', ['n'], {}, lang)[0]?.description} [integer]`
		);
		expect(columnRow(rows, 'observations.csv', 'n')?.description).toContain(sampleSize);
		for (const other of langs.filter((l) => l !== lang)) {
			expect(columnRow(rows, 'catalogue.csv', 'ci_low')?.description).not.toBe(
				`${fieldsFor('download', ['ci_low'], {}, other)[0]?.description} [number]`
			);
		}
	});

	it('writes the French and Dutch confidence-interval terms', () => {
		expect(columnRow(parse(codebookCsv('nl')).data, 'catalogue.csv', 'ci_low')?.description).toContain(
			'95%-betrouwbaarheidsinterval'
		);
		expect(columnRow(parse(codebookCsv('fr')).data, 'catalogue.csv', 'ci_high')?.description).toContain(
			'intervalle de confiance à 95 %'
		);
	});
});
