import { error } from '@sveltejs/kit';
import type { EntryGenerator, PageServerLoad } from './$types';
import { langs, type Lang } from '$lib/i18n/langs.ts';
import { loadCatalogue } from '$lib/server/catalogue.ts';
import { embedStates } from '$lib/server/pages.ts';
import { resolveStory, storyBySlug, storyPageData } from '$lib/stories/build.ts';
import { stories } from '$lib/stories/definitions.ts';

export const entries: EntryGenerator = () => stories.flatMap((s) => langs.map((lang) => ({ lang, slug: s.slug })));

export const load: PageServerLoad = ({ params }) => {
	const story = storyBySlug(params.slug);
	if (!story) error(404, 'No such story');
	// A broken story (missing indicator, row or view) throws here and fails the build.
	return { story: storyPageData(resolveStory(loadCatalogue(), story, params.lang as Lang, embedStates)) };
};
