// Whole-catalogue files: every row with labels in one language (CSV/JSON), the raw tables of data/
// (formula-neutralised), a Frictionless data package describing them, and a codebook.
import { parseCsv } from '../data/csv.ts';
import { labelIn } from '../data/select.ts';
import { readerFields } from '../data/columns.ts';
import { toCsv } from '../export/csv.ts';
import { dataPackage } from '../export/datapackage.ts';
import { columnsOf, fieldsFor, type TableKind } from '../export/fields.ts';
import { toJson } from '../export/json.ts';
import { downloadColumns, downloadNumericColumns, toDownloadRows, type DownloadLookups } from '../export/rows.ts';
import type { Lang } from '../i18n/langs.ts';
import { t } from '../i18n/messages.ts';
import { buildDate, siteUrl, type Format } from './downloads.ts';
import { loadCatalogue } from './catalogue.ts';
import { readDataFiles } from './data-dir.ts';

function lookups(lang: Lang): DownloadLookups {
	const c = loadCatalogue();
	const dims = (kind: string) => c.dimensions.filter((d) => d.dimension === kind);
	return {
		indicators: Object.fromEntries(c.indicators.map((i) => [i.id, { label: labelIn(i, lang), unit: i.unit }])),
		surveys: Object.fromEntries(c.surveys.map((s) => [s.id, labelIn(s, lang)])),
		regions: Object.fromEntries(dims('region').map((d) => [d.code, labelIn(d, lang)])),
		groups: Object.fromEntries(dims('group').map((d) => [`${d.parent}/${d.code}`, labelIn(d, lang)])),
		sources: Object.fromEntries(
			c.sources.map((s) => [s.id, { title: s.title, publisher: s[`publisher_${lang}`], licence: s.licence }])
		)
	};
}

/** Every observation of the catalogue with labels in `lang`. */
export function catalogueFile(lang: Lang, format: Format, bom = false): string {
	const c = loadCatalogue();
	const pageUrl = `/${lang}/data/`;
	const rows = toDownloadRows(
		c.observations.map((o) => readerFields(o, lang)),
		lookups(lang),
		{
			siteUrl,
			pageUrl,
			retrievedOn: buildDate
		}
	);
	if (format === 'csv') return toCsv(downloadColumns, rows, { bom, numericColumns: downloadNumericColumns });
	return toJson(
		{
			title: t(lang, 'catalogue_title'),
			source: c.sources.map((s) => `${s[`publisher_${lang}`]}: ${s.title} (${s.url})`),
			survey: c.surveys.map((s) => labelIn(s, lang)),
			licence: [...new Set(c.sources.map((s) => s.licence))],
			retrievedFrom: new URL(pageUrl, siteUrl).href,
			retrievedOn: buildDate,
			citation: `${t(lang, 'site_name')} (${buildDate.slice(0, 4)}). ${t(lang, 'catalogue_title')}. ${new URL(pageUrl, siteUrl).href}`,
			columns: downloadColumns,
			numericColumns: downloadNumericColumns
		},
		rows
	);
}

/** The raw tables of data/, as offered in the data package (observation files joined into one). */
export const rawTables: Record<string, { kind: TableKind; files: (path: string) => boolean }> = {
	'observations.csv': { kind: 'observations', files: (p) => p.startsWith('observations/') },
	'indicators.csv': { kind: 'indicators', files: (p) => p === 'indicators.csv' },
	'series.csv': { kind: 'series', files: (p) => p === 'series.csv' },
	'surveys.csv': { kind: 'surveys', files: (p) => p === 'surveys.csv' },
	'dimensions.csv': { kind: 'dimensions', files: (p) => p === 'dimensions.csv' },
	'sources.csv': { kind: 'sources', files: (p) => p === 'sources.csv' }
};

/** The columns of a kind of file that hold numbers (written unneutralised by toCsv). */
const numericColumnsOf = (kind: TableKind) =>
	fieldsFor(kind)
		.filter((f) => f.type === 'number' || f.type === 'integer')
		.map((f) => f.name);

export function rawTable(name: string): string | null {
	const table = rawTables[name];
	if (!table) return null;
	const decoder = new TextDecoder();
	const parsed = readDataFiles()
		.filter((f) => table.files(f.path))
		.map((f) => parseCsv(decoder.decode(f.bytes)));
	const header = parsed[0]?.header ?? [];
	const rows = parsed.flatMap((p) =>
		p.rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r.cells[i] ?? ''])))
	);
	return toCsv(header, rows, { numericColumns: numericColumnsOf(table.kind) });
}

// English descriptions (fieldsFor's default): datapackage.json is one file for every language, and
// Frictionless descriptions are conventionally English. codebook.csv carries them per language.
export function dataPackageJson(): string {
	const c = loadCatalogue();
	const codes = (kind: string) => [...new Set(c.dimensions.filter((d) => d.dimension === kind).map((d) => d.code))];
	const resources = Object.entries(rawTables).map(([file, table]) => ({
		name: file.replace('.csv', ''),
		path: `data/${file}`,
		fields: fieldsFor(
			table.kind,
			undefined,
			table.kind === 'observations' ? { region: codes('region'), breakdown: codes('breakdown') } : {}
		)
	}));
	const descriptor = dataPackage({
		name: 'bewegen-in-belgie',
		title: 'Moving in Belgium: physical activity, sitting, intention to move and mental health',
		version: '1.0.0',
		created: `${buildDate}T00:00:00Z`,
		homepage: siteUrl,
		licences: [
			{
				name: 'other-at',
				title: 'Figures under the terms of each source (see sources.csv); the site code and tables are open'
			}
		],
		sources: c.sources.map((s) => ({ title: `${s.publisher_en}: ${s.title}`, path: s.url })),
		resources: [
			...resources,
			{
				name: 'catalogue-en',
				path: 'catalogue-en.csv',
				title: 'All observations with English labels and provenance',
				fields: fieldsFor('download')
			}
		]
	});
	return `${JSON.stringify(descriptor, null, 2)}\n`;
}

/**
 * Every file offered, by the kind of its columns, named as in the codebook's `parent`. catalogue.csv
 * stands for every download of rows (catalogue.json, the -excel and -en variants, the indicator files
 * and the API shards): they share its columns.
 */
export const columnFiles: readonly { file: string; kind: TableKind }[] = [
	{ file: 'catalogue.csv', kind: 'download' },
	...Object.entries(rawTables).map(([file, table]) => ({ file, kind: table.kind })),
	{ file: 'codebook.csv', kind: 'codebook' }
];

export type CodebookEntry = { kind: string; code: string; parent: string; label: string; description: string };

/** One entry per column of every file offered, described in `lang`, with its Table Schema type. */
function columnEntries(lang: Lang): CodebookEntry[] {
	return columnFiles.flatMap(({ file, kind }) =>
		fieldsFor(kind, undefined, {}, lang).map((f) => ({
			kind: 'column',
			code: f.name,
			parent: file,
			label: '',
			description: `${f.description} [${f.type}]`
		}))
	);
}

/**
 * The codebook: every code with its label, every indicator with its definition, and every column of
 * every file offered with its description, in `lang`. Columns come last so earlier rows keep their place.
 */
export function codebook(lang: Lang): CodebookEntry[] {
	const c = loadCatalogue();
	return [
		...c.indicators.map((i) => ({
			kind: 'indicator',
			code: i.id,
			parent: i.topic,
			label: labelIn(i, lang),
			description: `${i[`definition_${lang}`]} [${i.unit}; ${i[`population_${lang}`]}]`
		})),
		...c.series.map((s) => ({
			kind: 'series',
			code: s.id,
			parent: '',
			label: labelIn(s, lang),
			description: s[`break_note_${lang}`]
		})),
		...c.surveys.map((s) => ({
			kind: 'survey',
			code: s.id,
			parent: s.family,
			label: labelIn(s, lang),
			description: s.mode
		})),
		...c.dimensions.map((d) => ({
			kind: d.dimension,
			code: d.code,
			parent: d.parent ?? '',
			label: labelIn(d, lang),
			description: ''
		})),
		...columnEntries(lang)
	];
}

export function codebookCsv(lang: Lang): string {
	return toCsv(columnsOf('codebook'), codebook(lang));
}
