import type { Indicator, Observation } from './schema.ts';
import type { Catalogue } from './validate.ts';

const cache = new WeakMap<Catalogue, Map<string, Observation[]>>();

/** The observations of each indicator, indexed once per catalogue (pages ask for them thousands of times). */
export function observationsByIndicator(catalogue: Catalogue): Map<string, Observation[]> {
	let index = cache.get(catalogue);
	if (!index) {
		index = new Map();
		for (const o of catalogue.observations) {
			const list = index.get(o.indicator);
			if (list) list.push(o);
			else index.set(o.indicator, [o]);
		}
		cache.set(catalogue, index);
	}
	return index;
}

const indicatorCache = new WeakMap<Catalogue, { byId: Map<string, Indicator>; bySeries: Map<string, Indicator[]> }>();

/** Indicators by id and by series, indexed once per catalogue (a page lookup must not scan them all). */
export function indicatorIndex(catalogue: Catalogue): { byId: Map<string, Indicator>; bySeries: Map<string, Indicator[]> } {
	let index = indicatorCache.get(catalogue);
	if (!index) {
		index = { byId: new Map(catalogue.indicators.map((i) => [i.id, i])), bySeries: new Map() };
		for (const i of catalogue.indicators) if (i.series) index.bySeries.set(i.series, [...(index.bySeries.get(i.series) ?? []), i]);
		indicatorCache.set(catalogue, index);
	}
	return index;
}
