// Static download files, prerendered: every row of an indicator per language, the API shards
// (English labels, stable schema), and the whole catalogue.
import { PUBLIC_SITE_URL } from '$env/static/public';
import { langs, type Lang } from '../i18n/langs.ts';
import { t } from '../i18n/messages.ts';
import { indicatorPageData } from '../views/indicator-data.ts';
import { downloadFile } from '../views/downloads.ts';
import { observationsByIndicator } from '../data/by-indicator.ts';
import { findIndicator } from '../data/select.ts';
import { loadCatalogue } from './catalogue.ts';

export const siteUrl = PUBLIC_SITE_URL;
/** The build date: what "retrieved on" means for a file made at build time. */
export const buildDate = new Date().toISOString().slice(0, 10);

export type Format = 'csv' | 'json';
export const contentTypes: Record<Format, string> = {
	csv: 'text/csv; charset=utf-8',
	json: 'application/json; charset=utf-8'
};

/** "x.csv" → { id: "x", format: "csv", bom: false }; "x-excel.csv" asks for a byte-order mark. */
export function parseFileName(file: string): { id: string; format: Format; bom: boolean } | null {
	const match = /^([a-z0-9_]+?)(-excel)?\.(csv|json)$/.exec(file);
	if (!match || (match[2] && match[3] !== 'csv')) return null;
	return { id: match[1] as string, format: match[3] as Format, bom: Boolean(match[2]) };
}

export function indicatorFile(id: string, lang: Lang, format: Format, bom = false, pageUrl?: string): string | null {
	const catalogue = loadCatalogue();
	if (!findIndicator(catalogue, id)) return null;
	const data = indicatorPageData(catalogue, id, lang);
	const rows = data.observations.filter((o) => o.indicator === id);
	return downloadFile(data, rows, {
		format,
		bom,
		siteUrl,
		pageUrl: pageUrl ?? `/${lang}/indicator/${id}/`,
		retrievedOn: buildDate,
		title: data.indicator.label,
		lang
	});
}

/** Whole-catalogue files offered per language next to the indicator files. */
export const catalogueFiles = ['catalogue.csv', 'catalogue-excel.csv', 'catalogue.json', 'codebook.csv'] as const;

export function downloadEntries(): { lang: Lang; file: string }[] {
	const names = [
		...loadCatalogue().indicators.flatMap((i) => [`${i.id}.csv`, `${i.id}-excel.csv`, `${i.id}.json`]),
		...catalogueFiles
	];
	return langs.flatMap((lang) => names.map((file) => ({ lang, file })));
}

/** The list of indicators with links to their shards (API v1). */
export function apiIndex(): string {
	const catalogue = loadCatalogue();
	const body = {
		version: 1,
		site: siteUrl,
		retrieved_on: buildDate,
		licence_note: t('en', 'footer_data'),
		indicators: catalogue.indicators.map((i) => ({
			id: i.id,
			label: i.label_en,
			topic: i.topic,
			unit: i.unit,
			population: i.population_en,
			geography: i.geography,
			series: i.series,
			concept: i.concept,
			rows: observationsByIndicator(catalogue).get(i.id)?.length ?? 0,
			json: `${siteUrl}/api/v1/indicators/${i.id}.json`,
			csv: `${siteUrl}/api/v1/indicators/${i.id}.csv`,
			page: `${siteUrl}/en/indicator/${i.id}/`
		}))
	};
	return `${JSON.stringify(body, null, 2)}\n`;
}
