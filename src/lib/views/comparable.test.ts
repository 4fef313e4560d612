import { describe, expect, it } from 'vitest';
import { comparable, type ComparableFacts } from './comparable.ts';

const his2018: ComparableFacts = {
	indicator: 'depressive_disorder_phq9',
	instrument: 'PHQ-9',
	ageBase: '18+',
	standardisation: 'not_stated',
	mode: 'face_to_face'
};

describe('comparable(a, b)', () => {
	it('is null for two values that share instrument, age base, standardisation, mode and definition', () => {
		expect(comparable(his2018, { ...his2018 })).toBeNull();
	});

	it.each([
		['instrument', { instrument: 'SCL-90-R' }, { reason: 'instrument', a: 'PHQ-9', b: 'SCL-90-R' }],
		['age base', { ageBase: '15+' }, { reason: 'age_base', a: '18+', b: '15+' }],
		[
			'standardisation',
			{ standardisation: 'age_standardised' },
			{ reason: 'standardisation', a: 'not_stated', b: 'age_standardised' }
		],
		['survey mode', { mode: 'online' }, { reason: 'survey_mode', a: 'face_to_face', b: 'online' }],
		[
			'definition',
			{ indicator: 'depressive_disorder_phq9_online' },
			{ reason: 'definition', a: 'depressive_disorder_phq9', b: 'depressive_disorder_phq9_online' }
		]
	] as const)('gives the reason when the %s differs', (_, change, reason) => {
		expect(comparable(his2018, { ...his2018, ...change })).toEqual(reason);
	});

	it('names the instrument first when several differ (a series break explains the rest)', () => {
		expect(comparable(his2018, { ...his2018, instrument: 'SCL-90-R', ageBase: '15+' })?.reason).toBe('instrument');
	});
});
