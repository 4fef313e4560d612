// What an embed shows, read on the server. The embeds' routes load it in their universal load
// (+page.ts), which runs only while prerendering (csr = false), not in a server load: Kit writes a
// __data.json beside every page with a server load, for client-side navigation, which an embed never
// has (issue #13: 2,000 files that nothing reads; without them the build took 14.8 s instead of 17).
import { error } from '@sveltejs/kit';
import type { Lang } from '$lib/i18n/langs.ts';
import { compareView } from '$lib/views/compare-view.ts';
import { serializeCompareState } from '$lib/views/compare.ts';
import { buildIndicatorView } from '$lib/views/indicator-view.ts';
import { comparePath, indicatorPath } from '$lib/views/paths.ts';
import { serializeViewState } from '$lib/state/view-state.ts';
import { comparePageData, findPair, pairsOf } from './compare.ts';
import { embedStates, indicatorPageFor } from './pages.ts';

type Params<K extends string> = Record<K, string>;

/** An indicator's view, as /[lang]/embed/[id]/[breakdown]/[view]/[year]/[region]/ shows it. */
export function indicatorEmbed(params: Params<'lang' | 'id' | 'breakdown' | 'view' | 'year' | 'region'>) {
	const lang = params.lang as Lang;
	const page = indicatorPageFor(params.id, lang, params.breakdown);
	const state = embedStates(params.id, params.breakdown).find(
		(s) => s.view === params.view && s.year === params.year && s.region === params.region
	);
	if (!page || !state) error(404, 'No such embed');
	return {
		lang,
		id: params.id,
		unit: page.data.indicator.unit,
		population: page.data.indicator.population,
		/** In the title, so the embeds of one view in two breakdowns have titles of their own (WCAG 2.4.2). */
		breakdownLabel:
			page.breakdown === page.defaultBreakdown ? null : (page.data.labels.breakdowns[page.breakdown] ?? page.breakdown),
		view: buildIndicatorView(page.data, page.breakdown, state, lang),
		fullView:
			indicatorPath(lang, params.id, page.breakdown, page.defaultBreakdown) +
			serializeViewState(state, page.options.defaults)
	};
}

/** Two indicators side by side, as /[lang]/embed/compare/[a]/[b]/[split]/[year]/[region]/ shows them. */
export function compareEmbed(params: Params<'lang' | 'a' | 'b' | 'split' | 'year' | 'region'>) {
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
}
