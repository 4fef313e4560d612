import { error } from '@sveltejs/kit';
import type { EntryGenerator, PageServerLoad } from './$types';
import type { Lang } from '$lib/i18n/langs.ts';
import { compareEmbedEntries, comparePageData, findPair, pairsOf } from '$lib/server/compare.ts';
import { serializeCompareState } from '$lib/views/compare.ts';
import { compareView } from '$lib/views/compare-view.ts';
import { comparePath } from '$lib/views/paths.ts';

export const entries: EntryGenerator = () => compareEmbedEntries();

export const load: PageServerLoad = ({ params }) => {
	const lang = params.lang as Lang;
	const compare = comparePageData(lang);
	const pair = findPair(lang, {
		a: params.a,
		b: params.b,
		breakdown: params.split,
		wave: params.year,
		region: params.region
	});
	if (!pair) error(404, 'No such comparison');
	return {
		lang,
		id: `${pair.a}-${pair.b}`,
		view: compareView(compare, pair, lang),
		// The pairs of the same two indicators suffice: the address leaves out what their first pair has.
		fullView: comparePath(lang) + serializeCompareState(pair, pairsOf(lang, pair.a, pair.b))
	};
};
