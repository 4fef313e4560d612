import { error } from '@sveltejs/kit';
import type { EntryGenerator, RequestHandler } from './$types';
import type { Lang } from '$lib/i18n/langs.ts';
import { siteUrl } from '$lib/server/downloads.ts';
import { indicatorPageFor, socialCardEntries } from '$lib/server/pages.ts';
import { socialCardPng } from '$lib/server/social-card.ts';
import { buildIndicatorView } from '$lib/views/indicator-view.ts';

export const prerender = true;
export const entries: EntryGenerator = () => socialCardEntries();

/** The social-preview PNG of an indicator page: its default view's chart, title and source. */
export const GET: RequestHandler = async ({ params }) => {
	const lang = params.lang as Lang;
	const breakdown = params.file.match(/^(.+)\.png$/)?.[1];
	const page = breakdown ? indicatorPageFor(params.id, lang, breakdown) : null;
	if (!page) error(404, 'No such image');
	// Built when a drawing thread is free for it (the prerender asks for every card at once).
	const png = await socialCardPng(() => ({
		id: params.id,
		view: buildIndicatorView(page.data, page.breakdown, page.options.defaults, lang),
		unit: page.data.indicator.unit,
		population: page.data.indicator.population,
		lang,
		siteUrl
	}));
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
