import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseViewState, serializeViewState, viewKinds, type ViewOptions } from './view-state.ts';
import { propertyRuns } from '../../../tests/support/property-runs.ts';

const options: ViewOptions = {
	views: ['bar', 'trend', 'map', 'table'],
	years: ['2013', '2018', '2023'],
	mapYears: ['2013', '2018', '2023'],
	barYears: {},
	regions: ['BE', 'BE-VLG', 'BE-BRU', 'BE-WAL'],
	defaults: { view: 'bar', year: '2023', region: 'BE' }
};

describe('parseViewState', () => {
	it('reads valid parameters', () => {
		const { state, ignored } = parseViewState(new URLSearchParams('view=trend&year=2018&region=BE-VLG'), options);
		expect(state).toEqual({ view: 'trend', year: '2018', region: 'BE-VLG' });
		expect(ignored).toEqual([]);
	});

	it('falls back to the default for an invalid value and reports it', () => {
		const { state, ignored } = parseViewState(new URLSearchParams('year=1999&view=<script>'), options);
		expect(state).toEqual(options.defaults);
		expect(ignored).toEqual([
			{ param: 'year', reason: 'invalid' },
			{ param: 'view', reason: 'invalid' }
		]);
	});

	it('opens a map on its latest wave with regional values, reporting a year it cannot show', () => {
		const mapLater = { ...options, mapYears: ['2018', '2013'] };
		expect(parseViewState(new URLSearchParams('view=map'), mapLater)).toEqual({
			state: { view: 'map', year: '2018', region: 'BE' },
			ignored: []
		});
		expect(parseViewState(new URLSearchParams('year=2023&view=map'), mapLater)).toEqual({
			state: { view: 'map', year: '2018', region: 'BE' },
			ignored: [{ param: 'year', reason: 'invalid' }]
		});
		expect(parseViewState(new URLSearchParams('view=map&year=2013'), mapLater).state.year).toBe('2013');
	});

	it('opens bars of an area on a wave in which that area has a value', () => {
		const sparse = { ...options, barYears: { 'BE-BRU': ['2018'] } };
		expect(parseViewState(new URLSearchParams('region=BE-BRU'), sparse).state).toEqual({
			view: 'bar',
			year: '2018',
			region: 'BE-BRU'
		});
		expect(parseViewState(new URLSearchParams('region=BE-VLG'), sparse).state.year).toBe('2023');
	});

	it('reports unknown and repeated parameters once each', () => {
		const { ignored } = parseViewState(new URLSearchParams('foo=1&foo=2&year=2018&year=2013'), options);
		expect(ignored).toEqual([
			{ param: 'foo', reason: 'unknown' },
			{ param: 'year', reason: 'repeated' }
		]);
	});

	it('never throws and always returns an allowed state, whatever the query (C17)', () => {
		const hostile = fc.oneof(
			fc.string({ unit: 'grapheme', maxLength: 50 }),
			fc.constantFrom(
				'<script>alert(1)</script>',
				'"><svg onload=alert(1)>',
				'%00',
				'__proto__',
				'constructor',
				'x'.repeat(10_000)
			)
		);
		const pair = fc.tuple(fc.oneof(fc.constantFrom('view', 'year', 'region', '__proto__'), hostile), hostile);
		fc.assert(
			fc.property(fc.array(pair, { maxLength: 8 }), (pairs) => {
				const search = new URLSearchParams(pairs);
				const { state } = parseViewState(search, options);
				expect(options.views).toContain(state.view);
				expect(options.years).toContain(state.year);
				expect(options.regions).toContain(state.region);
				expect(Object.keys(state).sort()).toEqual(['region', 'view', 'year']);
			}),
			{ numRuns: propertyRuns(2000) }
		);
	});
});

describe('serializeViewState', () => {
	it('omits defaults and uses a fixed key order', () => {
		expect(serializeViewState(options.defaults, options.defaults)).toBe('');
		expect(serializeViewState({ region: 'BE-WAL', year: '2018', view: 'map' }, options.defaults)).toBe(
			'?view=map&year=2018&region=BE-WAL'
		);
	});

	it('round-trips every valid state (C18)', () => {
		const state = fc.record({
			view: fc.constantFrom(...viewKinds),
			year: fc.constantFrom(...options.years),
			region: fc.constantFrom(...options.regions)
		});
		fc.assert(
			fc.property(state, (s) => {
				const query = serializeViewState(s, options.defaults);
				expect(parseViewState(new URLSearchParams(query), options)).toEqual({ state: s, ignored: [] });
			})
		);
	});
});
