// The data texts a reader reads on an indicator page (labels, definitions, population, instrument,
// survey and source names, flag notes, wave labels) of the real catalogue, in every language: no
// maintainer provenance (crosswalk ids, file:line references, merge notes, snake_case ids), and a
// flagged value's note is written in the page's language.
import { describe, expect, test } from 'vitest';
import { langs, type Lang } from '../../src/lib/i18n/langs.ts';
import { loadCatalogue } from '../../src/lib/server/catalogue.ts';
import { indicatorPageData, type IndicatorPageData } from '../../src/lib/views/indicator-data.ts';

const catalogue = loadCatalogue();

/** Every data text of the page with where it comes from; quotes and URLs are the source's own words. */
function readerTexts(data: IndicatorPageData): [string, string][] {
	const texts: [string, string | null][] = [];
	for (const i of [data.indicator, ...data.siblings])
		texts.push(
			[`${i.id} label`, i.label],
			[`${i.id} definition`, i.definition],
			[`${i.id} population`, i.population],
			[`${i.id} instrument`, i.instrument]
		);
	if (data.series) texts.push(['series label', data.series.label], ['series break note', data.series.breakNote]);
	for (const [kind, labels] of Object.entries(data.labels))
		for (const [code, label] of Object.entries(labels)) texts.push([`${kind} ${code}`, label]);
	for (const [id, s] of Object.entries(data.surveys)) texts.push([`survey ${id}`, s.label]);
	for (const [id, s] of Object.entries(data.sources))
		texts.push(
			[`source ${id} title`, s.title],
			[`source ${id} publisher`, s.publisher],
			[`source ${id}`, s.annotation]
		);
	for (const o of data.observations)
		texts.push(
			[`${o.indicator} ${o.region} ${o.group} ${o.wave} note`, o.note],
			[`${o.indicator} ${o.wave} wave`, o.waveLabel],
			[`${o.indicator} ${o.wave} age base`, o.ageBase]
		);
	return texts.filter((t): t is [string, string] => t[1] !== null && t[1] !== '');
}

const maintainerJargon: [string, RegExp][] = [
	['a crosswalk reference', /crosswalk/i],
	['a file reference', /\.csv\b/],
	['a merge or split note', /\b(merged into|split from|id \w+_\w+)\b/i],
	['a copy repository', /datacommonsorg/],
	['an id-like snake_case token', /\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/]
];

const pages = catalogue.indicators.flatMap((i) => langs.map((lang) => ({ id: i.id, lang })));

describe('reader texts of the real catalogue', () => {
	test('there is a page per indicator and language', () => {
		expect(pages.length).toBe(catalogue.indicators.length * 3);
		expect(pages.length).toBeGreaterThan(300);
	});

	test.each(pages)('$id ($lang): no maintainer provenance reaches the reader', ({ id, lang }) => {
		const found = readerTexts(indicatorPageData(catalogue, id, lang)).flatMap(([where, text]) =>
			maintainerJargon.filter(([, re]) => re.test(text)).map(([what]) => `${where}: ${what} in "${text}"`)
		);
		expect(found).toEqual([]);
	});

	test.each(pages.filter((p) => p.lang !== 'en'))(
		'$id ($lang): every flagged value has a note in $lang',
		({ id, lang }) => {
			const english = new Map(indicatorPageData(catalogue, id, 'en').observations.map((o, i) => [i, o.note]));
			const problems = indicatorPageData(catalogue, id, lang as Lang).observations.flatMap((o, i) => {
				const where = `${o.indicator} ${o.region} ${o.group} ${o.wave}`;
				if (o.flags.length === 0) return [];
				if (!o.note) return [`${where}: flagged without a note`];
				return o.note === english.get(i) ? [`${where}: the ${lang} note is the English one`] : [];
			});
			expect(problems).toEqual([]);
		}
	);
});

test('the maintainer notes stay in the data: the real catalogue has them, the page data does not', () => {
	const withNote = catalogue.observations.filter((o) => o.maintainer_note?.includes('crosswalk'));
	expect(withNote.length).toBeGreaterThan(50);
	const o = withNote[0]!;
	const page = JSON.stringify(indicatorPageData(catalogue, o.indicator, 'nl'));
	expect(page).not.toContain(o.maintainer_note!);
	expect(page).not.toContain(o.origin);
});
