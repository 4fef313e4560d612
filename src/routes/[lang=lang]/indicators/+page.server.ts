import type { EntryGenerator, PageServerLoad } from './$types';
import { langs, type Lang } from '$lib/i18n/langs.ts';
import { loadCatalogue } from '$lib/server/catalogue.ts';
import { catalogueView } from '$lib/views/catalogue.ts';

export const entries: EntryGenerator = () => langs.map((lang) => ({ lang }));

export const load: PageServerLoad = ({ params }) => {
	const lang = params.lang as Lang;
	const catalogue = loadCatalogue();
	const breakdownLabels = Object.fromEntries(
		catalogue.dimensions.filter((d) => d.dimension === 'breakdown').map((d) => [d.code, d[`label_${lang}`]])
	);
	return { groups: catalogueView(catalogue, lang), breakdownLabels };
};
