// Columns declared once: every column of the observation schema reaches, under its one name, the
// row downloads (CSV and JSON, each language), the codebook (each language), the data package and
// the page rows; a maintainer-only column reaches only the raw observations table. The test walks
// observationSchema itself, so it restates no list of column names.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { camelCase, columnLanguage } from '../data/columns.ts';
import { columnMeta, observationSchema } from '../data/schema.ts';
import { langs } from '../i18n/langs.ts';
import { indicatorPageData } from '../views/indicator-data.ts';
import { loadCatalogue } from './catalogue.ts';
import { catalogueFile, codebook, dataPackageJson, rawTable } from './catalogue-files.ts';

const header = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { preview: 1 }).data[0] ?? [];
const columns = Object.entries(observationSchema.shape).map(([name, schema]) => ({
	name,
	/** The name readers get: `note_nl` is `note` in a file of any language. */
	readerName: columnLanguage(name)?.base ?? name,
	maintainerOnly: columnMeta(schema).maintainerOnly === true
}));
const pkg = JSON.parse(dataPackageJson()) as { resources: { name: string; schema: { fields: { name: string }[] } }[] };
const packageFields = (resource: string) =>
	pkg.resources.find((r) => r.name === resource)?.schema.fields.map((f) => f.name) ?? [];
const catalogue = loadCatalogue();
const first = catalogue.observations[0];
if (!first) throw new Error('data/ has no observations');

describe.each(langs)('every observation column, in %s', (lang) => {
	const csv = header(catalogueFile(lang, 'csv'));
	const json = JSON.parse(catalogueFile(lang, 'json')) as { columns: string[]; rows: Record<string, unknown>[] };
	const entries = codebook(lang).filter((e) => e.kind === 'column');
	const described = (file: string, column: string) =>
		entries.find((e) => e.parent === file && e.code === column)?.description;
	const page = indicatorPageData(catalogue, first.indicator, lang).observations[0] ?? {};

	it.each(columns)('$name is offered where it belongs', ({ name, readerName, maintainerOnly }) => {
		expect(header(rawTable('observations.csv') ?? '')).toContain(name);
		expect(packageFields('observations')).toContain(name);
		expect(described('observations.csv', name)).toMatch(/\S/);
		const reader = [csv, json.columns, Object.keys(json.rows[0] ?? {}), packageFields('catalogue-en')];
		for (const names of reader)
			expect(names.includes(readerName), `${readerName} in ${names.join(',')}`).toBe(!maintainerOnly);
		expect(Object.hasOwn(page, camelCase(readerName))).toBe(!maintainerOnly);
		if (maintainerOnly) return;
		// Described in this language: the other languages' descriptions differ.
		const text = described('catalogue.csv', readerName);
		expect(text).toMatch(/\S/);
		for (const other of langs.filter((l) => l !== lang)) {
			const otherText = codebook(other).find((e) => e.parent === 'catalogue.csv' && e.code === readerName);
			expect(otherText?.description).not.toBe(text);
		}
	});

	it('writes value as a JSON number with its published decimals, and as published text in CSV', () => {
		const catalogueRows = catalogue.observations;
		json.rows.forEach((row, i) => {
			const o = catalogueRows[i];
			expect(row.value).toBe(o?.value);
			expect(row.value_decimals).toBe(o?.decimals);
			if (o?.n !== null) expect(row.n).toBe(o?.n);
		});
		const parsed = Papa.parse<Record<string, string>>(catalogueFile(lang, 'csv'), { header: true });
		expect(parsed.data.map((r) => r.value)).toEqual(catalogueRows.map((o) => o.valueText));
		expect(catalogueRows.some((o) => o.valueText.endsWith('.0'))).toBe(true);
	});
});
