import { error } from '@sveltejs/kit';
import type { EntryGenerator, PageServerLoad } from './$types';
import type { Lang } from '$lib/i18n/langs.ts';
import { embedEntries, embedStates, indicatorPageFor } from '$lib/server/pages.ts';
import { buildIndicatorView } from '$lib/views/indicator-view.ts';
import { indicatorPath } from '$lib/views/paths.ts';
import { serializeViewState } from '$lib/state/view-state.ts';

export const entries: EntryGenerator = () => embedEntries();

export const load: PageServerLoad = ({ params }) => {
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
};
