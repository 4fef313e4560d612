import type { EntryGenerator, PageServerLoad } from './$types';
import { labelIn } from '$lib/data/select.ts';
import { apostropheNote } from '$lib/i18n/catalogue/columns.ts';
import { langs, type Lang } from '$lib/i18n/langs.ts';
import { loadCatalogue } from '$lib/server/catalogue.ts';
import { codebook, rawTables } from '$lib/server/catalogue-files.ts';
import { siteUrl } from '$lib/server/downloads.ts';
import { toSourceRef } from '$lib/views/source-ref.ts';

export const entries: EntryGenerator = () => langs.map((lang) => ({ lang }));

export const load: PageServerLoad = ({ params }) => {
	const lang = params.lang as Lang;
	const catalogue = loadCatalogue();
	const entries = codebook(lang);
	return {
		siteUrl,
		exampleId: catalogue.indicators[0]?.id ?? '',
		tables: Object.keys(rawTables),
		indicators: entries.filter((e) => e.kind === 'indicator'),
		codes: entries.filter((e) => e.kind !== 'indicator' && e.kind !== 'series' && e.kind !== 'column'),
		// The formula note closes every text column's description: the page says it once instead.
		columns: entries.filter((e) => e.kind === 'column').map((e) => ({ ...e, description: e.description.replace(apostropheNote[lang], '') })),
		apostropheNote: apostropheNote[lang].trim(),
		sources: catalogue.sources.map((s) => toSourceRef(s, lang)),
		surveys: catalogue.surveys.map((s) => labelIn(s, lang))
	};
};
