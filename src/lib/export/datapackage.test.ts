import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.ts';
import { dataPackage, type PackageInput, type ResourceInput } from './datapackage.ts';
import { dataPackageSchema } from './datapackage-schema.ts';
import { columnsOf, fieldsFor, fieldTypes, tableKinds, type TableField, type TableKind } from './fields.ts';
import { downloadColumns, downloadNumericColumns, toDownloadRows } from './rows.ts';
import { observation } from './test-observation.ts';

const dataFiles: [Exclude<TableKind, 'download' | 'observations'>, string][] = [
	['indicators', 'indicators.csv'],
	['dimensions', 'dimensions.csv'],
	['sources', 'sources.csv'],
	['surveys', 'surveys.csv'],
	['series', 'series.csv']
];

function resources(): ResourceInput[] {
	return [
		{
			name: 'pa-aerobic-who-ehispaq.nl',
			path: 'nl/pa_aerobic_who_ehispaq.csv',
			title: 'Voldoende aerobe beweging',
			fields: fieldsFor('download', downloadColumns, { region: ['BE', 'BE-VLG', 'BE-BRU', 'BE-WAL'] })
		},
		{
			name: 'observations',
			path: 'data/observations.csv',
			fields: fieldsFor('observations'),
			foreignKeys: [
				{ fields: ['indicator'], reference: { resource: 'indicators', fields: ['id'] } },
				{ fields: ['survey'], reference: { resource: 'surveys', fields: ['id'] } },
				{ fields: ['source'], reference: { resource: 'sources', fields: ['id'] } }
			]
		},
		{
			name: 'indicators',
			path: 'data/indicators.csv',
			fields: fieldsFor('indicators'),
			primaryKey: ['id'],
			foreignKeys: [{ fields: ['series'], reference: { resource: 'series', fields: ['id'] } }]
		},
		{
			name: 'dimensions',
			path: 'data/dimensions.csv',
			fields: fieldsFor('dimensions'),
			primaryKey: ['dimension', 'code']
		},
		{ name: 'sources', path: 'data/sources.csv', fields: fieldsFor('sources'), primaryKey: ['id'] },
		{ name: 'surveys', path: 'data/surveys.csv', fields: fieldsFor('surveys'), primaryKey: ['id'] },
		{ name: 'series', path: 'data/series.csv', fields: fieldsFor('series'), primaryKey: ['id'] }
	];
}

function input(overrides: Partial<PackageInput> = {}): PackageInput {
	return {
		name: 'bewegen-in-belgie',
		title: 'Bewegen in België',
		version: '1.0.0',
		created: '2026-11-25',
		homepage: 'https://bewegeninbelgie.be',
		licences: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Compilation' }],
		sources: [{ title: 'Sciensano, Gezondheidsenquête', path: 'https://www.sciensano.be/nl/node/77436' }],
		resources: resources(),
		...overrides
	};
}

describe('dataPackage', () => {
	it('builds a descriptor that validates against the Frictionless schema', () => {
		const pkg = dataPackage(input());
		const result = dataPackageSchema.safeParse(pkg);
		expect(result.error?.issues ?? []).toEqual([]);
		expect(pkg.created).toBe('2026-11-25T00:00:00Z');
		expect(pkg.resources[0]).toMatchObject({
			profile: 'tabular-data-resource',
			format: 'csv',
			mediatype: 'text/csv',
			encoding: 'utf-8',
			dialect: { delimiter: ',', lineTerminator: '\r\n', header: true },
			schema: { missingValues: [''] }
		});
		expect(pkg.resources.find((r) => r.name === 'dimensions')?.schema.primaryKey).toEqual(['dimension', 'code']);
	});

	it('gives every field an allowed type and a description, and applies given enums', () => {
		const pkg = dataPackage(input());
		for (const field of pkg.resources.flatMap((r) => r.schema.fields)) {
			expect(fieldTypes).toContain(field.type);
			expect(field.description.length).toBeGreaterThan(10);
		}
		const region = pkg.resources[0]?.schema.fields.find((f) => f.name === 'region');
		expect(region?.constraints).toEqual({ required: true, enum: ['BE', 'BE-VLG', 'BE-BRU', 'BE-WAL'] });
		const value = pkg.resources[0]?.schema.fields.find((f) => f.name === 'value');
		expect(value?.description).toContain('percent = percent of the population');
	});

	it('is plain data: JSON round-trips it unchanged', () => {
		const pkg = dataPackage(input());
		expect(JSON.parse(JSON.stringify(pkg))).toEqual(pkg);
	});

	const [first, ...rest] = resources();
	const withFirst = (r: Partial<ResourceInput>) => ({ resources: [{ ...first!, ...r }, ...rest] });
	it.each<[string, Partial<PackageInput>, RegExp]>([
		['an upper-case package name', { name: 'Bewegen' }, /package name/],
		['a resource name with a space', withFirst({ name: 'a b' }), /resource name/],
		['no resources', { resources: [] }, /no resources/],
		['a repeated resource', { resources: [...resources(), resources()[2]!] }, /appears twice/],
		['a repeated field', withFirst({ fields: [...fieldsFor('download', ['value', 'value'])] }), /repeats a field/],
		['a resource without fields', withFirst({ fields: [] }), /has no fields/],
		['a primary key on a missing field', withFirst({ primaryKey: ['nope'] }), /primaryKey: unknown field "nope"/],
		[
			'a foreign key to a missing resource',
			withFirst({ foreignKeys: [{ fields: ['survey'], reference: { resource: 'x', fields: ['id'] } }] }),
			/unknown resource "x"/
		],
		[
			'a foreign key to a missing field',
			withFirst({ foreignKeys: [{ fields: ['survey'], reference: { resource: 'surveys', fields: ['nope'] } }] }),
			/reference: unknown field/
		],
		[
			'a foreign key with unequal field counts',
			withFirst({
				foreignKeys: [{ fields: ['survey', 'region'], reference: { resource: 'surveys', fields: ['id'] } }]
			}),
			/field counts differ/
		],
		['a licence without name or path', { licences: [{ title: 'x' }] }, /needs a name or a path/],
		['a version that is not semantic', { version: 'v1' }, /not semantic/],
		['a created time that is not ISO', { created: '25/11/2026' }, /not an ISO date/]
	])('throws on %s', (_name, overrides, error) => {
		expect(() => dataPackage(input(overrides))).toThrow(error);
	});

	it('the zod schema rejects what the spec forbids', () => {
		const pkg = dataPackage(input());
		const broken = [
			{ ...pkg, name: 'Bad Name' },
			{ ...pkg, resources: [] },
			{
				...pkg,
				resources: [
					{
						...pkg.resources[0]!,
						schema: { ...pkg.resources[0]!.schema, fields: [{ name: 'x', type: 'text', description: 'x' }] }
					}
				]
			},
			{ ...pkg, resources: [{ ...pkg.resources[0]!, path: '../secret.csv' }] },
			{ ...pkg, licenses: [{ title: 'no name' }] }
		];
		for (const b of broken) expect(dataPackageSchema.safeParse(b).success).toBe(false);
	});
});

describe('fieldsFor', () => {
	it('covers the download columns, in order', () => {
		expect(columnsOf('download')).toEqual([...downloadColumns]);
		expect(fieldsFor('download').map((f) => f.name)).toEqual([...downloadColumns]);
	});

	for (const dir of ['tests/fixtures/valid', 'data']) {
		it.each(dataFiles)(`has a field for every column of ${dir}/%s`, (kind, file) => {
			const csvPath = path.join(dir, file);
			if (!fs.existsSync(csvPath)) return;
			const header = Papa.parse<string[]>(fs.readFileSync(csvPath, 'utf8'), { preview: 1 }).data[0] ?? [];
			expect(fieldsFor(kind, header).map((f) => f.name)).toEqual(header);
			expect(new Set(columnsOf(kind))).toEqual(new Set(header));
		});
		it(`has a field for every column of ${dir}/observations/*.csv`, () => {
			const obsDir = path.join(dir, 'observations');
			if (!fs.existsSync(obsDir)) return;
			for (const file of fs.readdirSync(obsDir).filter((f) => f.endsWith('.csv'))) {
				const header =
					Papa.parse<string[]>(fs.readFileSync(path.join(obsDir, file), 'utf8'), { preview: 1 }).data[0] ?? [];
				expect(new Set(columnsOf('observations')), file).toEqual(new Set(header));
			}
		});
	}

	it.each(tableKinds)('describes every %s column with an allowed type', (kind) => {
		for (const f of fieldsFor(kind)) {
			expect(fieldTypes, f.name).toContain(f.type);
			expect(f.description, f.name).not.toBe('');
		}
	});

	it('throws on an unknown column or an enum for a column not asked for', () => {
		expect(() => fieldsFor('sources', ['id', 'nope'])).toThrow(/no column "nope"/);
		expect(() => fieldsFor('sources', ['id'], { kind: ['primary'] })).toThrow(/unknown column "kind"/);
	});
});

/** A small Table Schema cell check: enough to catch a writer and a codebook that disagree. */
function conforms(cell: string, field: TableField): boolean {
	const c = field.constraints ?? {};
	if (cell === '') return !c.required;
	if (c.enum && !c.enum.includes(cell)) return false;
	if (c.pattern && !new RegExp(c.pattern).test(cell)) return false;
	switch (field.type) {
		case 'number':
			return /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(cell);
		case 'integer':
			return /^-?\d+$/.test(cell);
		case 'boolean':
			return cell === 'true' || cell === 'false';
		case 'date':
			return /^\d{4}-\d{2}-\d{2}$/.test(cell);
		case 'string':
			return true;
	}
}

describe('download CSV against its own Table Schema', () => {
	it('writes every cell so that it conforms to its field', () => {
		const rows = toDownloadRows(
			[
				observation({
					indicator: 'pa',
					ageBaseSource: 'stated',
					value: -1.5,
					valueText: '-1.5',
					ciLow: -2.25,
					ciHigh: 0,
					n: 8611,
					standardisation: 'crude',
					preferred: false,
					flags: ['a', 'b'],
					note: '-not a number',
					source: 's',
					sourceUrl: 'https://e.org',
					sourceQuote: '=quote'
				}),
				observation({
					indicator: 'pa',
					year: null,
					period: '2014-2015',
					waveDate: '2020-04',
					region: 'BE-BRU',
					ageBase: '18+',
					ageBaseSource: 'inferred',
					value: 9,
					valueText: '9.0',
					flags: [],
					note: null,
					source: 's',
					sourceUrl: 'https://e.org',
					sourceQuote: null,
					sourceTable: 'table.csv',
					sourceTableSha256: '0'.repeat(64),
					sourceRow: 2
				})
			],
			{
				indicators: { pa: { label: 'PA', unit: 'percentage_points' } },
				surveys: { HIS_2023: 'HIS 2023' },
				regions: { BE: 'België', 'BE-BRU': 'Brussel' },
				groups: { 'total/total': 'Totaal' },
				sources: { s: { title: 'T', publisher: 'P', licence: 'not stated' } }
			},
			{ siteUrl: 'https://bewegeninbelgie.be', pageUrl: '/nl/x', retrievedOn: '2026-11-25' }
		);
		const fields = fieldsFor('download', downloadColumns, { region: ['BE', 'BE-BRU'] });
		const csv = toCsv(downloadColumns, rows, { numericColumns: downloadNumericColumns });
		const parsed = Papa.parse<string[]>(csv, { delimiter: ',' });
		expect(parsed.errors).toEqual([]);
		expect(parsed.data[0]).toEqual([...downloadColumns]);
		for (const row of parsed.data.slice(1)) {
			row.forEach((cell, i) => expect(conforms(cell, fields[i]!), `${fields[i]!.name}=${cell}`).toBe(true));
		}
	});
});
