// URLs of views, shared by pages, embeds and downloads so they cannot disagree.
import type { Lang } from '../i18n/langs.ts';
import type { ViewState } from '../state/view-state.ts';

export function embedPath(lang: Lang, id: string, breakdown: string, state: ViewState): string {
	const parts = [state.view, state.year, state.region].map(encodeURIComponent).join('/');
	return `/${lang}/embed/${id}/${encodeURIComponent(breakdown)}/${parts}/`;
}

export function indicatorPath(lang: Lang, id: string, breakdown: string, defaultBreakdown: string): string {
	return `/${lang}/indicator/${id}/${breakdown === defaultBreakdown ? '' : `${encodeURIComponent(breakdown)}/`}`;
}
