import { error } from '@sveltejs/kit';
import type { EntryGenerator, PageServerLoad } from './$types';
import type { Lang } from '$lib/i18n/langs.ts';
import { comparePageData, compareTopicEntries } from '$lib/server/compare.ts';

export const entries: EntryGenerator = () => compareTopicEntries();

export const load: PageServerLoad = ({ params }) => {
	const compare = comparePageData(params.lang as Lang);
	// The first topic's default is the compare page itself, not a page of its own.
	if (!compare.defaults.slice(1).some((d) => d.topic === params.topic)) error(404, 'No such comparison');
	return { compare, topic: params.topic };
};
