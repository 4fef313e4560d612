import type { Observation } from './schema.ts';
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
