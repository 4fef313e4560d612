import type { EntryGenerator, PageServerLoad } from './$types';
import { langs, type Lang } from '$lib/i18n/langs.ts';
import { storySummaries } from '$lib/stories/build.ts';

export const entries: EntryGenerator = () => langs.map((lang) => ({ lang }));

export const load: PageServerLoad = ({ params }) => ({ stories: storySummaries(params.lang as Lang) });
