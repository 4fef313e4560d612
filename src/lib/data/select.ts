// Pure selections over the validated catalogue: what each page shows.
import type { Lang } from '../i18n/langs.ts';
import type { Dimension, Indicator } from './schema.ts';
import type { Catalogue } from './validate.ts';
import { indicatorIndex } from './by-indicator.ts';

export function labelIn(row: { label_nl: string; label_fr: string; label_en: string }, lang: Lang): string {
	return row[`label_${lang}`];
}

export function dimensionLabel(
	catalogue: Catalogue,
	dimension: Dimension['dimension'],
	code: string,
	lang: Lang,
	parent: string | null = null
): string {
	const found = catalogue.dimensions.find(
		(d) => d.dimension === dimension && d.code === code && (parent === null || d.parent === parent)
	);
	return found ? labelIn(found, lang) : code;
}

export function findIndicator(catalogue: Catalogue, id: string): Indicator | undefined {
	return indicatorIndex(catalogue).byId.get(id);
}
