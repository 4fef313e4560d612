// Server side: the slice of the catalogue the compare view needs in one language: the indicators
// that form a pair, the preferred rows of the cells they share (nothing else), the pairs, the
// default pair of each topic and every label, so the page can switch pairs without the catalogue.
import { labelIn } from '../data/select.ts';
import { topics } from '../data/codes.ts';
import type { Catalogue } from '../data/validate.ts';
import type { Lang } from '../i18n/langs.ts';
import { t } from '../i18n/messages.ts';
import { comparePairs, topicDefaults, type ComparePair } from './compare.ts';
import {
	indicatorMeta,
	toPageObservation,
	type IndicatorMeta,
	type IndicatorPageData,
	type PageObservation
} from './indicator-data.ts';
import { toSourceRef } from './source-ref.ts';

export interface TopicDefault {
	topic: string;
	label: string;
	pair: ComparePair;
}

export interface CompareData {
	/** The indicators of at least one pair, in catalogue order. */
	indicators: IndicatorMeta[];
	pairs: ComparePair[];
	/** The default pair per topic; the first is the compare page's own. */
	defaults: TopicDefault[];
	observations: PageObservation[];
	labels: IndicatorPageData['labels'];
	order: IndicatorPageData['order'];
	surveys: IndicatorPageData['surveys'];
	sources: IndicatorPageData['sources'];
}

/** Activity next to mental health, and back; the other topics next to mental health too. */
const partnerTopic = (topic: string) => (topic === 'mental_health' ? 'physical_activity' : 'mental_health');

export function compareData(catalogue: Catalogue, lang: Lang): CompareData {
	const rows = catalogue.observations
		.filter((o) => o.preferred && o.breakdown !== 'total')
		.map((o) => ({ raw: o, page: toPageObservation(o, lang) }));
	const rank = (dimension: string) =>
		Object.fromEntries(catalogue.dimensions.filter((d) => d.dimension === dimension).map((d) => [d.code, d.order]));
	const order = {
		indicators: Object.fromEntries(catalogue.indicators.map((i, n) => [i.id, n])),
		breakdowns: rank('breakdown'),
		regions: rank('region')
	};
	const pairs = comparePairs(
		rows.map((r) => r.page),
		order
	);
	const cellKey = (o: Pick<ComparePair, 'survey' | 'region' | 'breakdown'>, id: string) =>
		JSON.stringify([id, o.survey, o.region, o.breakdown]);
	const cells = new Set(pairs.flatMap((p) => [cellKey(p, p.a), cellKey(p, p.b)]));
	const used = rows.filter((r) => cells.has(cellKey(r.raw, r.raw.indicator)));
	const ids = new Set(pairs.map((p) => p.a));
	const indicators = catalogue.indicators.filter((i) => ids.has(i.id));
	const topicOf = new Map(indicators.map((i) => [i.id, i.topic as string]));

	const has = (key: 'region' | 'breakdown' | 'survey' | 'source') => new Set(used.map((r) => r.raw[key]));
	const [regions, breakdowns, surveys, sources] = [has('region'), has('breakdown'), has('survey'), has('source')];
	const groupKeys = new Set(used.map((r) => `${r.raw.breakdown}/${r.raw.group}`));
	const flags = new Set(used.flatMap((r) => r.raw.flags));
	const labels: CompareData['labels'] = { regions: {}, breakdowns: {}, groups: {}, flags: {} };
	const dimensionOrder: CompareData['order'] = { regions: {}, groups: {} };
	for (const d of catalogue.dimensions) {
		if (d.dimension === 'region' && regions.has(d.code)) {
			labels.regions[d.code] = labelIn(d, lang);
			dimensionOrder.regions[d.code] = d.order;
		} else if (d.dimension === 'breakdown' && breakdowns.has(d.code)) labels.breakdowns[d.code] = labelIn(d, lang);
		else if (d.dimension === 'group' && groupKeys.has(`${d.parent}/${d.code}`)) {
			labels.groups[`${d.parent}/${d.code}`] = labelIn(d, lang);
			dimensionOrder.groups[`${d.parent}/${d.code}`] = d.order;
		} else if (d.dimension === 'flag' && flags.has(d.code)) labels.flags[d.code] = labelIn(d, lang);
	}
	return {
		indicators: indicators.map((i) => indicatorMeta(i, lang)),
		pairs,
		defaults: topicDefaults(pairs, (id) => topicOf.get(id), topics, partnerTopic).map((d) => ({
			...d,
			label: t(lang, `topic_${d.topic as (typeof topics)[number]}`)
		})),
		observations: used.map((r) => r.page),
		labels,
		order: dimensionOrder,
		surveys: Object.fromEntries(
			catalogue.surveys
				.filter((s) => surveys.has(s.id))
				.map((s) => [s.id, { label: labelIn(s, lang), family: s.family, mode: s.mode }])
		),
		sources: Object.fromEntries(
			catalogue.sources.filter((s) => sources.has(s.id)).map((s) => [s.id, toSourceRef(s, lang)])
		)
	};
}
