// The compare view: which pairs are offered (pure rows, then the real catalogue), its URL state
// (hostile queries never throw). Its sentences and CSV: compare-view.test.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../../../tests/support/property-runs.ts';
import {
	choices,
	MAX_PARTNERS,
	comparePairs,
	nearestPair,
	parseCompareState,
	serializeCompareState,
	type ComparePair,
	type PairingRow
} from './compare.ts';
import { realCatalogue, realCompareData } from '../../../tests/real-catalogue.ts';

const row = (indicator: string, group: string, extra: Partial<PairingRow> = {}): PairingRow => ({
	indicator,
	survey: 'HIS_2018',
	region: 'BE',
	breakdown: 'sex',
	group,
	wave: '2018',
	x: 2018,
	preferred: true,
	...extra
});
const order = {
	indicators: { act: 0, dep: 1, anx: 2 },
	breakdowns: { sex: 2, age: 3 },
	regions: { BE: 1, 'BE-VLG': 2 }
};

describe('comparePairs', () => {
	it('pairs two indicators that publish two of the same groups in one survey, area and breakdown, both ways', () => {
		const pairs = comparePairs(
			[row('act', 'male'), row('act', 'female'), row('dep', 'male'), row('dep', 'female')],
			order
		);
		expect(pairs).toEqual([
			{ a: 'act', b: 'dep', breakdown: 'sex', wave: '2018', region: 'BE', survey: 'HIS_2018' },
			{ a: 'dep', b: 'act', breakdown: 'sex', wave: '2018', region: 'BE', survey: 'HIS_2018' }
		]);
	});

	it('offers no pair across surveys, areas or breakdowns, for one shared group, for the total or a second source', () => {
		const rows = [
			row('act', 'male'),
			row('act', 'female'),
			row('dep', 'male', { survey: 'HIS_2013', wave: '2013', x: 2013 }),
			row('dep', 'female', { survey: 'HIS_2013', wave: '2013', x: 2013 }),
			row('anx', 'male', { region: 'BE-VLG' }),
			row('anx', 'female', { region: 'BE-VLG' }),
			row('dep', 'male'),
			row('dep', 'isced0_1', { breakdown: 'education' }),
			row('act', 'total', { breakdown: 'total' }),
			row('dep', 'total', { breakdown: 'total' }),
			row('anx', 'male', { preferred: false }),
			row('anx', 'female', { preferred: false })
		];
		expect(comparePairs(rows, order)).toEqual([]);
	});

	it('puts the latest wave first, then the catalogue order of regions and breakdowns', () => {
		const both = (extra: Partial<PairingRow>) =>
			['act', 'dep'].flatMap((i) => ['male', 'female'].map((g) => row(i, g, extra)));
		const pairs = comparePairs(
			[
				...both({ survey: 'HIS_2013', wave: '2013', x: 2013 }),
				...both({ region: 'BE-VLG' }),
				...both({}),
				...both({ breakdown: 'age' })
			],
			order
		).filter((p) => p.a === 'act');
		expect(pairs.map((p) => [p.wave, p.region, p.breakdown])).toEqual([
			['2018', 'BE', 'sex'],
			['2018', 'BE', 'age'],
			['2018', 'BE-VLG', 'sex'],
			['2013', 'BE', 'sex']
		]);
	});
});

describe('comparePairs at scale', () => {
	it('offers each indicator at most MAX_PARTNERS partners in one cell, the first in catalogue order, so pairs grow linearly', () => {
		const ids = Array.from({ length: 40 }, (_, i) => `i${String(i).padStart(2, '0')}`);
		const ranked = { ...order, indicators: Object.fromEntries(ids.map((id, i) => [id, i])) };
		// Listed in reverse: the partners kept follow the catalogue order, not the rows' order.
		const rows = [...ids].reverse().flatMap((id) => [row(id, 'male'), row(id, 'female')]);
		const pairs = comparePairs(rows, ranked);
		expect(pairs).toHaveLength(ids.length * MAX_PARTNERS);
		expect(pairs.filter((p) => p.a === 'i00').map((p) => p.b)).toEqual(ids.slice(1, MAX_PARTNERS + 1));
		expect(pairs.filter((p) => p.a === 'i39').map((p) => p.b)).toEqual(ids.slice(0, MAX_PARTNERS));
		// Doubling the indicators doubles the pairs (it would quadruple them without the bound).
		const twice = [...ids, ...ids.map((id) => `${id}b`)];
		const rankedTwice = { ...order, indicators: Object.fromEntries(twice.map((id, i) => [id, i])) };
		const more = comparePairs(
			twice.flatMap((id) => [row(id, 'male'), row(id, 'female')]),
			rankedTwice
		);
		expect(more).toHaveLength(2 * pairs.length);
	});
});

const catalogue = realCatalogue();
const { data, headline } = realCompareData();
const pairs = data.en.pairs;

describe('the pairs of the real catalogue', () => {
	it('each pair shares at least two groups with a preferred value of both, in one survey wave and area', () => {
		expect(pairs.length).toBeGreaterThan(10);
		for (const p of pairs) {
			const groups = (id: string) =>
				new Set(
					catalogue.observations
						.filter(
							(o) =>
								o.indicator === id &&
								o.preferred &&
								o.survey === p.survey &&
								o.region === p.region &&
								o.breakdown === p.breakdown
						)
						.map((o) => o.group)
				);
			const [ga, gb] = [groups(p.a), groups(p.b)];
			expect([...ga].filter((g) => gb.has(g)).length, JSON.stringify(p)).toBeGreaterThanOrEqual(2);
		}
	});

	it('starts with activity and depressive disorder by sex in HIS 2018, Belgium', () => {
		expect(headline).toEqual({
			a: 'pa_aerobic_who_ehispaq',
			b: 'depressive_disorder_phq9',
			breakdown: 'sex',
			wave: '2018',
			region: 'BE',
			survey: 'HIS_2018'
		});
	});

	it('does not offer activity and depressive disorder by education in 2018: only the gap between the extremes is published', () => {
		const byEducation = pairs.filter((p) => p.a === 'pa_aerobic_who_ehispaq' && p.breakdown === 'education');
		expect(byEducation.filter((p) => p.region === 'BE')).toEqual([]);
	});

	it('has a default pair per topic that has pairs, activity next to mental health and back', () => {
		expect(data.en.defaults.map((d) => [d.topic, d.pair.a, d.pair.b])).toEqual([
			['physical_activity', 'pa_aerobic_who_ehispaq', 'depressive_disorder_phq9'],
			['mental_health', 'depressive_disorder_phq9', 'pa_aerobic_who_ehispaq'],
			['international', 'ehis_aerobic_150min_nonwork_eurostat', 'pa_aerobic_150min_eurostat']
		]);
		expect(data.fr.defaults.map((d) => d.label)).toEqual([
			'Activité physique',
			'Santé mentale',
			'Comparaison internationale'
		]);
	});

	it('ships only the rows of the cells the pairs compare', () => {
		const cells = new Set(pairs.flatMap((p) => [p.a, p.b].map((i) => `${i}|${p.survey}|${p.region}|${p.breakdown}`)));
		for (const o of data.nl.observations)
			expect(cells.has(`${o.indicator}|${o.survey}|${o.region}|${o.breakdown}`)).toBe(true);
	});
});

describe('compare state in the URL', () => {
	const parse = (query: string) => parseCompareState(new URLSearchParams(query), pairs, headline);

	it('an empty query is the page default; a query names a pair', () => {
		expect(parse('')).toEqual({ pair: headline, ignored: [] });
		const other = pairs.find((p) => p.a === 'anxiety_disorder_gad7' && p.b === 'sedative_use_2w') as ComparePair;
		expect(parse(serializeCompareState(other, pairs).slice(1))).toEqual({ pair: other, ignored: [] });
	});

	it('writes a and b always, the other parameters only where they differ from the first pair of a and b', () => {
		expect(serializeCompareState(headline, pairs)).toBe('?a=pa_aerobic_who_ehispaq&b=depressive_disorder_phq9');
		const older = pairs.find(
			(p) => p.a === 'depression_self_reported_12m' && p.b === 'pa_30min_day_ipaq' && p.wave === '2008'
		);
		expect(older && serializeCompareState(older, pairs)).toBe(
			'?a=depression_self_reported_12m&b=pa_30min_day_ipaq&year=2008'
		);
	});

	it('a bad, unknown or repeated parameter falls back to the nearest valid pair and is reported', () => {
		expect(parse('a=nope')).toEqual({ pair: headline, ignored: [{ param: 'a', reason: 'invalid' }] });
		const partner = parse('a=pa_aerobic_who_ehispaq&b=eb_never_sport');
		expect(partner.pair.a).toBe('pa_aerobic_who_ehispaq');
		expect(partner.ignored).toEqual([{ param: 'b', reason: 'invalid' }]);
		expect(parse('year=1900&x=1&a=pa_aerobic_who_ehispaq&a=y').ignored).toEqual([
			{ param: 'x', reason: 'unknown' },
			{ param: 'a', reason: 'repeated' },
			{ param: 'year', reason: 'invalid' }
		]);
		expect(parse('split=education').ignored).toEqual([{ param: 'split', reason: 'invalid' }]);
	});

	it('never throws and always returns an offered pair, whatever the query', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.constantFrom('a', 'b', 'split', 'year', 'region', 'zz'), fc.string())),
				(params) => {
					const parsed = parse(new URLSearchParams(params).toString());
					expect(pairs).toContainEqual(parsed.pair);
				}
			),
			{ numRuns: propertyRuns(200) }
		);
	});

	it('the selects offer only partners of the first indicator, and a change keeps what still fits', () => {
		expect(choices(pairs, 'b', { a: 'eb_never_sport' })).toEqual(['eb_sport_weekly']);
		const next = nearestPair(pairs, { ...headline, a: 'anxiety_disorder_gad7' }).pair;
		expect(next).toMatchObject({ a: 'anxiety_disorder_gad7', b: 'depressive_disorder_phq9', breakdown: 'sex' });
	});
});
