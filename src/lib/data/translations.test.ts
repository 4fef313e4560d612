import { describe, expect, it } from 'vitest';
import { missingTranslations } from './translations.ts';

describe('missingTranslations(row, bases)', () => {
	it.each([
		[{ note_nl: 'a', note_fr: 'b', note_en: 'c' }, []],
		[{ note_nl: '', note_fr: '', note_en: '' }, []],
		[{ note_nl: null, note_fr: null, note_en: null }, []],
		[{ note_nl: 'a', note_fr: '', note_en: 'c' }, ['note_fr']],
		[{ note_nl: null, note_fr: null, note_en: 'English only' }, ['note_nl', 'note_fr']]
	])('%j gives %j', (row, missing) => {
		expect(missingTranslations(row, ['note'])).toEqual(missing);
	});

	it('checks every base given, each on its own', () => {
		const row = { population_nl: '18+', population_fr: '18+', population_en: '18+', instrument_nl: 'vragenlijst' };
		expect(missingTranslations(row, ['population', 'instrument'])).toEqual(['instrument_fr', 'instrument_en']);
	});
});
