// Issue 7: the three stories build in every language against the real catalogue; every number in
// their text is a value of data/ formatted for that locale (or a year of the rows shown, or a chart's
// bar/series count); prose carries no digit; every chart's embed is prerendered.
import { describe, expect, test } from 'vitest';
import { render } from 'svelte/server';
import { labelIn } from '../../src/lib/data/select.ts';
import type { Catalogue } from '../../src/lib/data/validate.ts';
import { formatNumber, formatValue } from '../../src/lib/format/number.ts';
import { langs, type Lang } from '../../src/lib/i18n/langs.ts';
import { loadCatalogue } from '../../src/lib/server/catalogue.ts';
import { embedStates } from '../../src/lib/server/pages.ts';
import { resolveStory, storyPageData } from '../../src/lib/stories/build.ts';
import {
	StoryError,
	type ResolvedFact,
	type ResolvedFigure,
	type ResolvedStory
} from '../../src/lib/stories/resolved.ts';
import { stories } from '../../src/lib/stories/definitions.ts';
import StoryPage from '../../src/lib/stories/StoryPage.svelte';
import { chartTypes, loadCharts } from '../../src/lib/charts/registry.ts';
import type { StoryDefinition } from '../../src/lib/stories/types.ts';
import { indicatorPageData, type PageObservation } from '../../src/lib/views/indicator-data.ts';
import { embedPath } from '../../src/lib/views/paths.ts';
import { messageTexts } from '../../src/lib/i18n/messages.ts';

const charts = await loadCharts(chartTypes);

const catalogue = loadCatalogue();
const SLUGS = ['movement-and-mental-health', 'knowing-to-doing', 'belgium-in-europe'];
const cases = stories.flatMap((story) => langs.map((lang) => ({ story, lang })));
const resolved = new Map(
	cases.map(({ story, lang }) => [`${story.slug}/${lang}`, resolveStory(catalogue, story, lang, embedStates)])
);
const get = (slug: string, lang: Lang) => resolved.get(`${slug}/${lang}`) as ResolvedStory;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Strings of data/ (and of the site's messages) that are labels, not values (they may hold digits: "EU-28 (2013-2020)", "PHQ-9", "18+"). */
function labelStrings(c: Catalogue, lang: Lang): string[] {
	const labels = [
		...c.indicators.flatMap((i) => [labelIn(i, lang), i[`population_${lang}`], i[`instrument_${lang}`]]),
		...c.dimensions.map((d) => labelIn(d, lang)),
		...c.surveys.map((s) => labelIn(s, lang)),
		...c.series.flatMap((s) => [labelIn(s, lang), s[`break_note_${lang}`]]),
		...c.sources.flatMap((s) => [s[`publisher_${lang}`], s.title]),
		...c.observations.map((o) => o.age_base),
		// Fixed wording of the site's messages ("95% CI", "95%-betrouwbaarheidsintervallen"), not data.
		// (A unit's wording, "{n} op 10", belongs to the value it follows: it is not a label.)
		...messageTexts(lang)
			.filter((m) => !m.includes('{n}'))
			.flatMap((m) => m.split(/\{\w+\}/))
	];
	return [...new Set(labels.filter((l) => l && /\d/.test(l)))].sort((a, b) => b.length - a.length);
}
const labels = Object.fromEntries(langs.map((lang) => [lang, labelStrings(catalogue, lang)])) as Record<Lang, string[]>;

/** A number as a locale writes it: thousands groups, then decimals. */
const NUMBER: Record<Lang, RegExp> = {
	nl: /\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g,
	fr: /\d{1,3}(?:\u202f\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g,
	en: /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g
};

interface Allowed {
	/** Full formatted values (with unit), removed first so "7,4 op 10" or "per 1.000" go as one piece. */
	values: string[];
	/** Bare numbers that may remain: years and periods of the rows, chart counts. */
	tokens: Set<string>;
}

function allowedFor(
	rows: PageObservation[],
	unit: Parameters<typeof formatValue>[2],
	lang: Lang,
	counts: number[] = []
): Allowed {
	const values = new Set<string>();
	const tokens = new Set<string>(counts.map(String));
	for (const o of rows) {
		for (const v of [o.value, o.ciLow, o.ciHigh]) if (v !== null) values.add(formatValue(v, o.decimals, unit, lang));
		if (o.year !== null) tokens.add(String(o.year));
		for (const part of `${o.waveDate ?? ''} ${o.waveLabel}`.match(/\d{4}/g) ?? []) tokens.add(part);
		for (const part of o.period?.match(/\d+/g) ?? []) tokens.add(part); // "2023-24" as the quote says
	}
	return { values: [...values].sort((a, b) => b.length - a.length), tokens };
}

/** Numbers in `text` that are neither a label of data/, nor an allowed value, nor an allowed year/count. */
function strayNumbers(text: string, lang: Lang, allowed: Allowed): string[] {
	let rest = text;
	for (const label of labels[lang]) rest = rest.split(label).join(' ');
	for (const value of allowed.values)
		rest = rest.replace(new RegExp(`(?<![\\d.,\\u202f])${escape(value)}(?!\\d)`, 'g'), ' ');
	return (rest.match(NUMBER[lang]) ?? []).filter((n) => !allowed.tokens.has(n));
}

/** The rows a figure's text may draw on: the indicator's (and its series') published rows of that breakdown. */
function figureRows(figure: ResolvedFigure, lang: Lang): PageObservation[] {
	return indicatorPageData(catalogue, figure.indicator, lang).observations.filter(
		(o) => o.breakdown === figure.breakdown
	);
}

const figures = (s: ResolvedStory) => s.blocks.filter((b): b is ResolvedFigure => b.kind === 'figure');
const facts = (s: ResolvedStory) => s.blocks.filter((b): b is ResolvedFact => b.kind === 'fact');

test('there are three stories with the agreed slugs', () => {
	expect(stories.map((s) => s.slug)).toEqual(SLUGS);
});

describe.each(cases)('$story.slug ($lang)', ({ story, lang }) => {
	const s = get(story.slug, lang);

	test('builds against the real catalogue with charts and facts', () => {
		expect(() => resolveStory(catalogue, story, lang, embedStates)).not.toThrow();
		expect(figures(s).length).toBeGreaterThanOrEqual(3);
		expect(facts(s).length).toBeGreaterThanOrEqual(1);
		for (const f of figures(s)) {
			expect(f.view.rows.length, f.id).toBeGreaterThan(0);
			expect(f.view.kind, f.id).not.toBe('table');
			expect(f.view.bar ?? f.view.trend ?? f.view.map, f.id).not.toBeNull();
		}
	});

	test('title, lead, headings, prose and notes contain no digit', () => {
		const prose = [
			s.title,
			s.lead,
			...s.blocks.flatMap((b) =>
				b.kind === 'text'
					? [b.text, ...b.links.map((l) => l.label)]
					: b.kind === 'heading'
						? [b.text]
						: b.kind === 'figure' && b.note
							? [b.note]
							: []
			)
		];
		for (const text of prose) expect(text, text).not.toMatch(/\d/);
	});

	test('fact templates hold no digit outside their placeholders', () => {
		for (const block of story.blocks)
			if (block.kind === 'fact')
				expect(block.template[lang].replace(/\{\w+\}/g, ''), block.indicator).not.toMatch(/\d/);
	});

	test('every number in a fact sentence is its row’s value, formatted for the locale, or the row’s year', () => {
		for (const fact of facts(s)) {
			expect(fact.value).toBe(formatValue(fact.row.value, fact.row.decimals, fact.unit, lang));
			expect(fact.sentence).toContain(fact.value);
			const allowed = allowedFor([fact.row], fact.unit, lang);
			expect(strayNumbers(fact.sentence, lang, allowed), fact.sentence).toEqual([]);
			expect(strayNumbers(fact.sourceLine, lang, allowed), fact.sourceLine).toEqual([]);
		}
	});

	test('every number in a chart’s title, sentences, description and source line is a value of its rows in data/', () => {
		for (const f of figures(s)) {
			const counts = [f.view.bar?.length ?? 0, f.view.trend?.segments.length ?? 0].filter((n) => n > 0);
			const allowed = allowedFor(figureRows(f, lang), f.unit, lang, counts);
			for (const text of [f.view.title, ...f.view.sentences, f.view.description, f.view.sourceLine])
				expect(strayNumbers(text, lang, allowed), `${f.id}: ${text}`).toEqual([]);
			// Every value drawn is the formatted value of a row the view shows.
			const shown = new Set(f.view.rows.map((o) => formatValue(o.value, o.decimals, f.unit, lang)));
			for (const bar of f.view.bar ?? [])
				if (bar.value !== null) expect(shown.has(bar.display), `${f.id}: ${bar.display}`).toBe(true);
			for (const seg of f.view.trend?.segments ?? [])
				for (const p of seg.points) expect(shown.has(p.display), `${f.id}: ${p.display}`).toBe(true);
		}
	});

	test('every chart names its source and a survey year', () => {
		for (const f of figures(s)) {
			expect(f.view.sourceLine, f.id).toMatch(/\d{4}/);
			for (const o of f.view.rows)
				expect(f.view.sourceLine, f.id).toContain(o.year !== null ? String(o.year) : (o.period ?? '').slice(0, 4));
		}
	});

	test('every chart links to a prerendered embed, the indicator downloads and the full view', () => {
		for (const f of figures(s)) {
			const paths = embedStates(f.indicator, f.breakdown).map((st) => embedPath(lang, f.indicator, f.breakdown, st));
			expect(paths, f.id).toContain(f.embedPath);
			expect(f.downloads).toEqual({
				csv: `/${lang}/downloads/${f.indicator}.csv`,
				json: `/${lang}/downloads/${f.indicator}.json`
			});
			expect(f.fullViewPath.startsWith(`/${lang}/indicator/${f.indicator}/`), f.fullViewPath).toBe(true);
		}
	});

	test('renders on the server: one h1, a figure with an svg per chart, every fact sentence', () => {
		const { body } = render(StoryPage, { props: { story: storyPageData(s), lang, charts } });
		expect(body.match(/<h1[\s>]/g)?.length).toBe(1);
		const figureHtml = body.split('<figure').slice(1);
		expect(figureHtml.length).toBe(figures(s).length);
		for (const html of figureHtml) expect(html.split('</figure>')[0]).toMatch(/<svg[\s>]/);
		const text = body
			.replace(/<[^>]+>/g, '')
			.replace(/&amp;/g, '&')
			.replace(/&#39;/g, "'")
			.replace(/&quot;/g, '"');
		for (const fact of facts(s)) expect(text).toContain(fact.sentence);
		for (const f of figures(s)) {
			expect(body).toContain(`href="${f.embedPath}"`);
			expect(body).toContain(`href="${f.downloads.csv}"`);
		}
	});
});

test('the headline is written per locale: nl 34,9%, fr 34,9 % (narrow no-break space), en 34.9%', () => {
	const headline = (lang: Lang) => facts(get('movement-and-mental-health', lang))[0]?.sentence ?? '';
	expect(headline('nl')).toContain('34,9%');
	expect(headline('fr')).toContain('34,9\u202f%');
	expect(headline('en')).toContain('34.9%');
});

test('the Eurostat and Sciensano figures for the same 2018 microdata are both shown, each from its own row', () => {
	const values = facts(get('belgium-in-europe', 'en')).map((f) => `${f.indicator}=${f.row.valueText}`);
	expect(values).toContain('ehis_aerobic_150min_nonwork_eurostat=27.5');
	expect(values).toContain('pa_aerobic_who_ehispaq=30.1');
});

test('the stray-number check catches a number that is not in data/', () => {
	const fact = facts(get('movement-and-mental-health', 'nl'))[0] as ResolvedFact;
	const allowed = allowedFor([fact.row], fact.unit, 'nl');
	expect(strayNumbers(fact.sentence, 'nl', allowed)).toEqual([]);
	expect(strayNumbers(fact.sentence.replace('34,9%', '35%'), 'nl', allowed)).toEqual(['35']);
	expect(strayNumbers('tegen 1.765 deelnemers', 'nl', allowed)).toEqual(['1.765']);
	const none: Allowed = { values: [], tokens: new Set() };
	expect(strayNumbers('1\u202f765 personnes', 'fr', none)).toEqual(['1\u202f765']);
	expect(
		strayNumbers('1\u202f765 personnes', 'fr', { values: [formatNumber(1765, 0, 'fr')], tokens: new Set() })
	).toEqual([]);
	expect(strayNumbers('1,765 people', 'en', none)).toEqual(['1,765']);
});

describe('a broken story fails the build', () => {
	const base = (blocks: StoryDefinition['blocks']): StoryDefinition => ({
		slug: 'broken',
		title: { nl: 'x', fr: 'x', en: 'x' },
		lead: { nl: 'x', fr: 'x', en: 'x' },
		blocks
	});
	const fact = (select: object, template = '{value}') =>
		base([
			{
				kind: 'fact',
				indicator: 'pa_aerobic_who_ehispaq',
				select: { region: 'BE', breakdown: 'total', group: 'total', ...select },
				template: { nl: template, fr: template, en: template }
			}
		]);
	const build = (s: StoryDefinition) => () => resolveStory(catalogue, s, 'en', embedStates);

	test.each([
		[
			'an unknown indicator',
			base([{ kind: 'figure', indicator: 'no_such_indicator', breakdown: 'total', state: {} }]),
			/unknown indicator/
		],
		[
			'an unpublished breakdown',
			base([{ kind: 'figure', indicator: 'pa_aerobic_who_ehispaq', breakdown: 'income', state: {} }]),
			/breakdown "income"/
		],
		[
			'an unpublished year',
			base([{ kind: 'figure', indicator: 'pa_aerobic_who_ehispaq', breakdown: 'total', state: { year: '1999' } }]),
			/year "1999"/
		],
		[
			'a table instead of a chart',
			base([{ kind: 'figure', indicator: 'pa_aerobic_who_ehispaq', breakdown: 'total', state: { view: 'table' } }]),
			/not a chart view/
		],
		['a fact matching two rows', fact({}), /2 published rows/],
		['a fact matching no row', fact({ survey: 'HIS_1997' }), /0 published rows/],
		['a fact without {value}', fact({ survey: 'HIS_2023' }, 'In {year}.'), /\{value\}/],
		['a fact with a typed number', fact({ survey: 'HIS_2023' }, '{value}, up from 30%.'), /digits/],
		['a fact with an unknown placeholder', fact({ survey: 'HIS_2023' }, '{value} {nope}'), /unknown placeholder/],
		['prose with a digit', base([{ kind: 'text', text: { nl: '6 op 10', fr: '6 sur 10', en: '6 in 10' } }]), /digits/],
		[
			'an unknown source',
			base([{ kind: 'text', text: { nl: 'x', fr: 'x', en: 'x' }, sources: ['nope'] }]),
			/unknown source/
		]
	])('%s', (_, story, message) => {
		expect(build(story)).toThrow(StoryError);
		expect(build(story)).toThrow(message);
	});
});
