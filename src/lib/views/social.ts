// What a shared link to an indicator page previews: the image of its default view and the words
// that describe it. The explorer and the site-wide default (the headline indicator) share this.
import type { Lang } from '../i18n/langs.ts';
import type { IndicatorPage } from './indicator-data.ts';
import type { IndicatorView } from './indicator-view.ts';
import { socialImagePath } from './paths.ts';

/** Size of every card: the renderer draws it, the meta tags announce it. */
export const SOCIAL_CARD = { width: 1200, height: 630 } as const;

export interface SocialImage {
	image: string;
	imageAlt: string;
}

/** `view` must be the page's default view: the image shows that one. */
export function socialImage(lang: Lang, page: IndicatorPage, view: IndicatorView): SocialImage {
	const sentence = view.sentences[0];
	return {
		image: socialImagePath(lang, page.data.indicator.id, page.breakdown),
		imageAlt: sentence ? `${view.title}. ${sentence}` : view.title
	};
}
