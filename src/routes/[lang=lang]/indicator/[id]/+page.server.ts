import { error } from '@sveltejs/kit';
import type { EntryGenerator, PageServerLoad } from './$types';
import type { Lang } from '$lib/i18n/langs.ts';
import { compareHref } from '$lib/server/compare.ts';
import { indicatorEntries, indicatorPage } from '$lib/server/pages.ts';

export const entries: EntryGenerator = () => indicatorEntries();

export const load: PageServerLoad = ({ params }) => {
	const page = indicatorPage(params.id, params.lang as Lang, null);
	if (!page) error(404, `Unknown indicator ${params.id}`);
	return { page, compareHref: compareHref(params.id, params.lang as Lang, page.breakdown) };
};
