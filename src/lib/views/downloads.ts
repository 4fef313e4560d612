// Files a reader downloads: the rows of a view (built in the browser) or of an indicator (built at
// build time), as CSV or JSON, each row with its labels, source, quote, licence and retrieval line.
import { toCsv } from '../export/csv.ts';
import { toJson } from '../export/json.ts';
import { downloadColumns, downloadNumericColumns, toDownloadRows, type DownloadLookups } from '../export/rows.ts';
import { citationFor, type CiteRequest } from './cite.ts';
import type { IndicatorPageData, PageObservation } from './indicator-data.ts';

export interface DownloadRequest extends CiteRequest {
	format: 'csv' | 'json';
	/** Prepend a byte-order mark so Excel reads UTF-8. */
	bom?: boolean;
	title: string;
}

export function lookupsFor(data: IndicatorPageData): DownloadLookups {
	const indicators = Object.fromEntries(
		[data.indicator, ...data.siblings].map((i) => [i.id, { label: i.label, unit: i.unit }])
	);
	return {
		indicators,
		surveys: Object.fromEntries(Object.entries(data.surveys).map(([id, s]) => [id, s.label])),
		regions: data.labels.regions,
		groups: data.labels.groups,
		sources: Object.fromEntries(
			Object.entries(data.sources).map(([id, s]) => [
				id,
				{ title: s.title, publisher: s.publisher, licence: s.licence }
			])
		)
	};
}

/** The text of a download file for these rows. */
export function downloadFile(
	data: IndicatorPageData,
	rows: readonly PageObservation[],
	request: DownloadRequest
): string {
	const table = toDownloadRows(rows, lookupsFor(data), {
		siteUrl: request.siteUrl,
		pageUrl: request.pageUrl,
		retrievedOn: request.retrievedOn
	});
	if (request.format === 'csv')
		return toCsv(downloadColumns, table, { bom: request.bom ?? false, numericColumns: downloadNumericColumns });
	const sources = [...new Set(rows.map((o) => o.source))].map((id) => data.sources[id]).filter((s) => s !== undefined);
	return toJson(
		{
			title: request.title,
			source: sources.map((s) => `${s.publisher}: ${s.title} (${s.url})`),
			survey: [...new Set(rows.map((o) => data.surveys[o.survey]?.label ?? o.survey))],
			licence: [...new Set(sources.map((s) => s.licence))],
			retrievedFrom: new URL(request.pageUrl, request.siteUrl).href,
			retrievedOn: request.retrievedOn,
			citation: rows.length > 0 ? citationFor(data, rows, request).plain : '',
			columns: downloadColumns,
			numericColumns: downloadNumericColumns
		},
		table
	);
}
