// Which compare pages and embeds exist: the default pair of each topic (a page each, prerendered),
// and one embed per offered pair, so every pair a reader can choose has an embed to share.
import { group } from 'd3-array';
import { langs, type Lang } from '../i18n/langs.ts';
import { samePair, serializeCompareState, type ComparePair } from '../views/compare.ts';
import { compareData, type CompareData } from '../views/compare-data.ts';
import { comparePath } from '../views/paths.ts';
import { loadCatalogue } from './catalogue.ts';
import { memo } from './pages.ts';

export const comparePageData = memo((lang: Lang): CompareData => compareData(loadCatalogue(), lang), 3);

/** The topic pages: every topic with a default pair but the first, which is the compare page itself. */
export function compareTopicEntries(): { lang: Lang; topic: string }[] {
	return langs.flatMap((lang) =>
		comparePageData(lang)
			.defaults.slice(1)
			.map((d) => ({ lang, topic: d.topic }))
	);
}

export function compareEmbedEntries(): {
	lang: Lang;
	a: string;
	b: string;
	split: string;
	year: string;
	region: string;
}[] {
	return langs.flatMap((lang) =>
		comparePageData(lang).pairs.map((p) => ({
			lang,
			a: p.a,
			b: p.b,
			split: p.breakdown,
			year: p.wave,
			region: p.region
		}))
	);
}

/**
 * The offered pairs by their first indicator, and by their two indicators, each in order: an
 * indicator page and a compare embed look up their own pairs instead of scanning every pair, which
 * made the build quadratic in the catalogue (issue #13).
 */
const pairIndex = memo((lang: Lang) => {
	const { pairs } = comparePageData(lang);
	return { byA: group(pairs, (p) => p.a), byAB: group(pairs, (p) => `${p.a}\n${p.b}`) };
}, 3);

/** The offered pairs of two indicators (a, then b), in order. */
export function pairsOf(lang: Lang, a: string, b: string): ComparePair[] {
	return pairIndex(lang).byAB.get(`${a}\n${b}`) ?? [];
}

/** The offered pair with these fields, or null. */
export function findPair(lang: Lang, wanted: Omit<ComparePair, 'survey'>): ComparePair | null {
	return pairsOf(lang, wanted.a, wanted.b).find((p) => samePair(p, { ...wanted, survey: '' })) ?? null;
}

/** The compare view of an indicator's first pair (of the page's breakdown if it has one), or null. */
export function compareHref(id: string, lang: Lang, breakdown: string): string | null {
	const own = pairIndex(lang).byA.get(id) ?? [];
	const pair = own.find((p) => p.breakdown === breakdown) ?? own[0];
	// The pairs of the same two indicators suffice: the address leaves out what their first pair has.
	return pair ? comparePath(lang) + serializeCompareState(pair, pairsOf(lang, pair.a, pair.b)) : null;
}
