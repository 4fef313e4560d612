// The site's own data/, validated as the build validates it, for tests that read real figures.
import type { Catalogue } from '../src/lib/data/validate.ts';
import { formatProblem, validateCatalogue } from '../src/lib/data/validate.ts';
import { readDataFiles } from '../src/lib/server/data-dir.ts';
import { langs, type Lang } from '../src/lib/i18n/langs.ts';
import type { ComparePair } from '../src/lib/views/compare.ts';
import { compareData, type CompareData } from '../src/lib/views/compare-data.ts';

export function realCatalogue(): Catalogue {
	const { catalogue, problems } = validateCatalogue(readDataFiles('data'));
	if (!catalogue) throw new Error(`data/ must be valid:\n${problems.map(formatProblem).join('\n')}`);
	return catalogue;
}

/** The compare page's data of the real catalogue in each language, and its first (headline) pair. */
export function realCompareData(): { data: Record<Lang, CompareData>; headline: ComparePair } {
	const catalogue = realCatalogue();
	const data = Object.fromEntries(langs.map((l) => [l, compareData(catalogue, l)])) as Record<Lang, CompareData>;
	return { data, headline: data.en.pairs[0] as ComparePair };
}
