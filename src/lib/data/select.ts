// Pure selections over the validated catalogue: what each page shows.
import type { Lang } from '../i18n/langs.ts';
import type { Dimension, Indicator, Observation } from './schema.ts';
import type { Catalogue } from './validate.ts';
import { indicatorIndex } from './by-indicator.ts';

export const belgianRegions = ['BE-VLG', 'BE-BRU', 'BE-WAL'] as const;

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

/** The rows a chart may draw: preferred ones only (a non-preferred row is an "also reported as"). */
export function preferredRows(catalogue: Catalogue, indicator: string): Observation[] {
	return catalogue.observations.filter((o) => o.indicator === indicator && o.preferred);
}

const isBelgiumTotal = (o: Observation) => o.region === 'BE' && o.breakdown === 'total' && o.group === 'total';

/** The latest Belgian total and the one before it, each from a dated wave. */
export function headlineRows(
	catalogue: Catalogue,
	indicator: string
): { latest: Observation; previous: Observation | null } | null {
	const totals = preferredRows(catalogue, indicator)
		.filter((o) => isBelgiumTotal(o) && o.year !== null)
		.sort((a, b) => (b.year ?? 0) - (a.year ?? 0));
	const [latest, previous] = totals;
	return latest ? { latest, previous: previous ?? null } : null;
}

/**
 * The latest year with a published total for at least one Belgian region, with Belgium and the
 * three regions in order; a region without a published value is `null` ("no data", never zero).
 */
export function latestRegionalTotals(
	catalogue: Catalogue,
	indicator: string
): { year: number; rows: { region: string; observation: Observation | null }[] } | null {
	const totals = preferredRows(catalogue, indicator).filter(
		(o) => o.breakdown === 'total' && o.group === 'total' && o.year !== null
	);
	const regional = totals.filter((o) => (belgianRegions as readonly string[]).includes(o.region));
	const year = Math.max(...regional.map((o) => o.year ?? 0));
	if (!Number.isFinite(year) || year === 0) return null;
	const pick = (region: string) => totals.find((o) => o.region === region && o.year === year) ?? null;
	return { year, rows: ['BE', ...belgianRegions].map((region) => ({ region, observation: pick(region) })) };
}

/** Non-preferred rows giving the same cell as a preferred row ("also reported as"). */
export function alsoReported(catalogue: Catalogue, row: Observation): Observation[] {
	return catalogue.observations.filter(
		(o) =>
			!o.preferred &&
			o.indicator === row.indicator &&
			o.year === row.year &&
			o.region === row.region &&
			o.breakdown === row.breakdown &&
			o.group === row.group
	);
}
