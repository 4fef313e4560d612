// Which compare pages and embeds exist: the default pair of each topic (a page each, prerendered),
// and one embed per offered pair, so every pair a reader can choose has an embed to share.
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

/** The offered pairs of two indicators (a, then b), in order: a compare embed looks up its own, not every pair. */
const pairsByIndicators = memo((lang: Lang): Map<string, ComparePair[]> => {
	const byAB = new Map<string, ComparePair[]>();
	for (const p of comparePageData(lang).pairs) {
		const key = `${p.a}\n${p.b}`;
		const own = byAB.get(key);
		if (own) own.push(p);
		else byAB.set(key, [p]);
	}
	return byAB;
}, 3);

export function pairsOf(lang: Lang, a: string, b: string): ComparePair[] {
	return pairsByIndicators(lang).get(`${a}\n${b}`) ?? [];
}

/** The offered pair with these fields, or null. */
export function findPair(lang: Lang, wanted: Omit<ComparePair, 'survey'>): ComparePair | null {
	return pairsOf(lang, wanted.a, wanted.b).find((p) => samePair(p, { ...wanted, survey: '' })) ?? null;
}

/** The offered pairs by their first indicator, in order: one lookup per indicator page, not a scan. */
const pairsByA = memo((lang: Lang): Map<string, ComparePair[]> => {
	const byA = new Map<string, ComparePair[]>();
	for (const p of comparePageData(lang).pairs) {
		const own = byA.get(p.a);
		if (own) own.push(p);
		else byA.set(p.a, [p]);
	}
	return byA;
}, 3);

/** The compare view of an indicator's first pair (of the page's breakdown if it has one), or null. */
export function compareHref(id: string, lang: Lang, breakdown: string): string | null {
	const { pairs } = comparePageData(lang);
	const own = pairsByA(lang).get(id) ?? [];
	const pair = own.find((p) => p.breakdown === breakdown) ?? own[0];
	return pair ? comparePath(lang) + serializeCompareState(pair, pairs) : null;
}
