import { error } from '@sveltejs/kit';
import type { EntryGenerator, RequestHandler } from './$types';
import { building } from '$app/environment';
import type { Lang } from '$lib/i18n/langs.ts';
import { socialCardEntries } from '$lib/server/pages.ts';
import { socialCardPng } from '$lib/server/social-card.ts';
import { cardBreakdown, socialCardFor, writtenSocialCard } from '$lib/server/social-card-files.ts';

export const prerender = true;
// One entry: the build writes every card itself (src/lib/server/social-card-files.ts); this one
// waits for all of them, so a card that cannot be drawn fails the build.
export const entries: EntryGenerator = () => socialCardEntries().slice(0, 1);

/** The social-preview PNG of an indicator page: its default view's chart, title and source. */
export const GET: RequestHandler = async ({ params }) => {
	const lang = params.lang as Lang;
	const breakdown = cardBreakdown(params.file);
	const card = breakdown ? socialCardFor(params.id, lang, breakdown) : null;
	if (!card) error(404, 'No such image');
	const png = building
		? await writtenSocialCard({ lang, id: params.id, file: params.file })
		: await socialCardPng(card);
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
