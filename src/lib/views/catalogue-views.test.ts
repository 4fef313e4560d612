// Every view the site offers, for every indicator and breakdown of the real catalogue, in nl, fr and
// en: flagged values keep their †, Svelte keys are unique, no offered view is empty, no code reaches
// a reader, and the home chart is the indicator page's bar view.
import { describe, expect, it } from 'vitest';
import { formatValue } from '../format/number.ts';
import { langs, type Lang } from '../i18n/langs.ts';
import { fitState, yearsOf, type ViewState } from '../state/view-state.ts';
import { homeView, HEADLINE_INDICATOR } from './home.ts';
import { indicatorPageData, type IndicatorPageData } from './indicator-data.ts';
import { buildIndicatorView, viewOptionsFor, type IndicatorView } from './indicator-view.ts';
import { realCatalogue } from '../../../tests/real-catalogue.ts';

const catalogue = realCatalogue();

interface Built {
	where: string;
	data: IndicatorPageData;
	view: IndicatorView;
}

/** Every state the explorer offers: each view with each wave it offers and each area. */
function allViews(lang: Lang): Built[] {
	const out: Built[] = [];
	for (const indicator of catalogue!.indicators) {
		const data = indicatorPageData(catalogue!, indicator.id, lang);
		for (const breakdown of data.breakdowns) {
			const options = viewOptionsFor(data, breakdown);
			for (const kind of options.views)
				for (const region of options.regions)
					for (const year of yearsOf({ view: kind, region }, options)) {
						const state: ViewState = { view: kind, year, region };
						const view = buildIndicatorView(data, breakdown, state, lang);
						out.push({ where: `${lang} ${indicator.id}/${breakdown} ${JSON.stringify(state)}`, data, view });
					}
		}
	}
	return out;
}
const built = Object.fromEntries(langs.map((lang) => [lang, allViews(lang)])) as Record<Lang, Built[]>;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const duplicates = (keys: string[]) => keys.filter((k, i) => keys.indexOf(k) !== i);

/** Per page data: each flagged value's display with its pattern, and the displays of unflagged values. */
const patterns = new WeakMap<IndicatorPageData, { value: string; re: RegExp }[]>();
const unflaggedDisplays = new WeakMap<IndicatorPageData, Set<string>>();
function prepare(data: IndicatorPageData, lang: Lang) {
	const shown = data.observations.filter((o) => o.preferred);
	const show = (o: (typeof shown)[number]) => formatValue(o.value, o.decimals, data.indicator.unit, lang);
	const flagged = [...new Set(shown.filter((o) => o.flags.length > 0).map(show))];
	patterns.set(
		data,
		flagged.map((value) => ({ value, re: new RegExp(`(?<![\\d.,])${escape(value)}(?![\\d.,]\\d)( †)?`, 'g') }))
	);
	unflaggedDisplays.set(data, new Set(shown.filter((o) => o.flags.length === 0).map(show)));
}

/**
 * In `text`, each appearance of a flagged value's display, counted as marked (followed by †) or
 * unmarked; an unmarked one is fine only when an unflagged value has the same display.
 */
function countMarks(text: string, data: IndicatorPageData, lang: Lang) {
	if (!patterns.has(data)) prepare(data, lang);
	const unflagged = unflaggedDisplays.get(data) as Set<string>;
	let marked = 0;
	const unmarked: string[] = [];
	for (const { value, re } of patterns.get(data) ?? [])
		for (const m of text.matchAll(re)) {
			if (m[1]) marked++;
			else if (!unflagged.has(value)) unmarked.push(value);
		}
	return { marked, unmarked };
}

describe('flags travel with the number', () => {
	it.each(langs)('%s: every flagged value in every sentence and description carries †', (lang) => {
		let marked = 0;
		const unmarked: string[] = [];
		for (const { where, data, view } of built[lang])
			for (const text of [view.description, ...view.sentences]) {
				const count = countMarks(text, data, lang);
				marked += count.marked;
				for (const value of count.unmarked) unmarked.push(`${where}: ${value} in "${text}"`);
			}
		expect(unmarked).toEqual([]);
		expect(marked).toBeGreaterThan(500);
	});

	it.each(langs)('%s: the home headline and chart mark their flagged values', (lang) => {
		const home = homeView(catalogue, lang);
		const data = indicatorPageData(catalogue, HEADLINE_INDICATOR, lang);
		const texts = [home.headline.value, ...home.headline.sentences, home.chart?.description ?? ''];
		const counts = texts.map((text) => countMarks(text, data, lang));
		expect(counts.flatMap((c) => c.unmarked)).toEqual([]);
		// The 2023 headline (†) in the value and the sentence; the regional Le Vif figures that the
		// chart also marked are now their own indicator (docs/data-review.md).
		expect(counts.reduce((sum, c) => sum + c.marked, 0)).toBeGreaterThanOrEqual(2);
	});
});

describe('keys are unique by construction', () => {
	it.each(langs)('%s: flag notes, table rows, bars, map regions and line segments', (lang) => {
		const found: string[] = [];
		for (const { where, view } of built[lang]) {
			const keyLists = [
				view.flags.map((f) => f.key),
				view.table.map((r) => r.key),
				view.bar?.map((b) => b.key) ?? [],
				view.map?.map((m) => m.code) ?? [],
				view.trend?.segments.map((s) => s.key) ?? [],
				view.sentences
			];
			for (const keys of keyLists) for (const key of duplicates(keys)) found.push(`${where}: ${key}`);
		}
		expect(found).toEqual([]);
	});
});

describe('no empty views', () => {
	it('every offered view opens on at least one published value', () => {
		const empty: string[] = [];
		for (const indicator of catalogue.indicators) {
			const data = indicatorPageData(catalogue, indicator.id, 'en');
			for (const breakdown of data.breakdowns) {
				const options = viewOptionsFor(data, breakdown);
				for (const kind of options.views) {
					const state = fitState({ ...options.defaults, view: kind }, options);
					if (buildIndicatorView(data, breakdown, state, 'en').rows.length === 0)
						empty.push(`${indicator.id}/${breakdown} ${kind}`);
				}
			}
		}
		expect(empty).toEqual([]);
	});

	it('every map, and every area and wave of bars, that the explorer offers shows a value', () => {
		const empty = built.en.filter((b) => (b.view.map || b.view.bar) && b.view.rows.length === 0).map((b) => b.where);
		expect(empty).toEqual([]);
	});

	it('the education breakdown of the headline opens on the 2018 gradient', () => {
		const data = indicatorPageData(catalogue, HEADLINE_INDICATOR, 'nl');
		expect(viewOptionsFor(data, 'education').defaults).toEqual({ view: 'bar', year: '2018', region: 'BE' });
	});
});

describe('groups keep their natural order', () => {
	it('education runs from no diploma to tertiary, in bars and in the table', () => {
		const data = indicatorPageData(catalogue, HEADLINE_INDICATOR, 'en');
		const v = buildIndicatorView(data, 'education', { view: 'bar', year: '2023', region: 'BE' }, 'en');
		const expected = [
			'No diploma',
			'Primary education or less',
			'Lower secondary education',
			'Upper secondary education',
			'Tertiary education'
		];
		expect(v.bar?.map((b) => b.label)).toEqual(expected);
		expect(v.table.map((r) => r.label)).toEqual(expected);
	});
});

describe('what a reader reads names areas and groups, never codes', () => {
	it.each(langs)('%s: bar, map and table labels are labels', (lang) => {
		const coded: string[] = [];
		for (const { where, view } of built[lang]) {
			for (const b of view.bar ?? []) if (b.label === b.key) coded.push(`${where}: bar ${b.key}`);
			for (const m of view.map ?? []) if (m.label === m.code) coded.push(`${where}: map ${m.code}`);
			for (const r of view.table) if (r.label === r.key) coded.push(`${where}: table ${r.key}`);
			if (/\bBE-[A-Z]{3}\b/.test(view.description)) coded.push(`${where}: ${view.description}`);
		}
		expect(coded).toEqual([]);
	});
});

describe('the home chart is the bar view of the indicator page', () => {
	it.each(langs)('%s', (lang) => {
		const home = homeView(catalogue, lang);
		const data = indicatorPageData(catalogue, HEADLINE_INDICATOR, lang);
		const year = viewOptionsFor(data, 'total').years[0] ?? '';
		const page = buildIndicatorView(data, 'total', { view: 'bar', year, region: 'BE' }, lang);
		expect(home.chart?.data).toEqual(page.bar);
		expect(home.chart?.description).toBe(page.description);
		expect(home.chart?.table).toEqual(page.table);
		expect(home.chart?.flags).toEqual(page.flags);
	});
});
