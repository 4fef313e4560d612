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

/** The embed state for a view: parameters the view does not depend on take their defaults. */
export function canonicalEmbedState(state: ViewState, breakdown: string, defaults: ViewState): ViewState {
	switch (state.view) {
		case 'bar':
			return breakdown === 'total' ? { ...state, region: defaults.region } : state;
		case 'map':
			return { ...state, region: defaults.region };
		case 'trend':
			return { ...state, year: defaults.year };
		default:
			return { ...state, year: defaults.year, region: defaults.region };
	}
}

/** The social-preview image of an indicator page (its default view), rendered at build time. */
export function socialImagePath(lang: Lang, id: string, breakdown: string): string {
	return `/${lang}/og/${id}/${encodeURIComponent(breakdown)}.png`;
}

/** The compare page of a topic's default pair: the first topic's is the compare page itself. */
export function comparePath(lang: Lang, topic: string | null = null): string {
	return `/${lang}/compare/${topic === null ? '' : `${encodeURIComponent(topic)}/`}`;
}

/** The embed of one compared pair (every offered pair has one, prerendered). */
export function compareEmbedPath(
	lang: Lang,
	pair: { a: string; b: string; breakdown: string; wave: string; region: string }
): string {
	const parts = [pair.a, pair.b, pair.breakdown, pair.wave, pair.region].map(encodeURIComponent).join('/');
	return `/${lang}/embed/compare/${parts}/`;
}
