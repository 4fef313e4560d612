import type { EntryGenerator, PageServerLoad } from './$types';
import { langs, type Lang } from '$lib/i18n/langs.ts';
import { loadCatalogue } from '$lib/server/catalogue.ts';
import { catalogueView } from '$lib/views/catalogue.ts';

export const entries: EntryGenerator = () => langs.map((lang) => ({ lang }));

export const load: PageServerLoad = ({ params }) => ({ groups: catalogueView(loadCatalogue(), params.lang as Lang) });
