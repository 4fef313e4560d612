import type { EntryGenerator, PageServerLoad } from './$types';
import { langs, type Lang } from '$lib/i18n/langs.ts';
import { loadCatalogue } from '$lib/server/catalogue.ts';
import { homeView } from '$lib/views/home.ts';
import { dashboardView } from '$lib/views/dashboard.ts';
import { storySummaries } from '$lib/stories/build.ts';

export const entries: EntryGenerator = () => langs.map((lang) => ({ lang }));

export const load: PageServerLoad = ({ params }) => ({
	home: homeView(loadCatalogue(), params.lang as Lang),
	tiles: dashboardView(loadCatalogue(), params.lang as Lang),
	stories: storySummaries(params.lang as Lang)
});
