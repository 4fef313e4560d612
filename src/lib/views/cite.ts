// The citation of a view: original sources first, then the site with the view's URL and date.
import { citation } from '../export/citation.ts';
import { t } from '../i18n/messages.ts';
import type { Lang } from '../i18n/langs.ts';
import type { IndicatorPageData, PageObservation } from './indicator-data.ts';

/** Where and when a view was read: what a citation of it needs. */
export interface CiteRequest {
	lang: Lang;
	siteUrl: string;
	/** The page (view) the rows come from, path or absolute URL. */
	pageUrl: string;
	/** ISO date: the build date for static files, the reader's date in the browser. */
	retrievedOn: string;
	/** What is cited, when it is not the page data's indicator (the compare view cites its two). */
	subject?: { id: string; label: string };
}

export function citationFor(data: IndicatorPageData, rows: readonly PageObservation[], request: CiteRequest) {
	const sourceIds = [...new Set(rows.map((o) => o.source))];
	return citation({
		lang: request.lang,
		indicatorId: request.subject?.id ?? data.indicator.id,
		indicatorLabel: request.subject?.label ?? data.indicator.label,
		sources: sourceIds
			.map((id) => data.sources[id])
			.filter((s) => s !== undefined)
			.map((s) => ({ publisher: s.publisher, title: s.title, titleLang: s.titleLang, year: s.year, url: s.url })),
		surveyLabels: [...new Set(rows.map((o) => data.surveys[o.survey]?.label ?? o.survey))],
		siteName: t(request.lang, 'site_name'),
		siteUrl: request.siteUrl,
		viewUrl: new URL(request.pageUrl, request.siteUrl).href,
		accessed: request.retrievedOn
	});
}
