import { describe, expect, it } from 'vitest';
import { langs } from './langs.ts';
import { messages, t } from './messages.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message files (C20)', () => {
	const reference = Object.keys(messages.en).sort();

	it.each(langs)('%s has exactly the same keys as en, none empty', (lang) => {
		expect(Object.keys(messages[lang]).sort()).toEqual(reference);
		for (const key of reference) expect(messages[lang][key as keyof typeof messages.en].trim()).not.toBe('');
	});

	it.each(langs)('%s uses the same placeholders as en in every message', (lang) => {
		for (const key of reference) {
			const k = key as keyof typeof messages.en;
			expect(placeholders(messages[lang][k]), `${lang}.${key}`).toEqual(placeholders(messages.en[k]));
		}
	});

	it('t() fills placeholders and leaves unknown ones visible', () => {
		expect(t('nl', 'chart_item', { label: 'Vlaanderen', value: '40%' })).toBe('Vlaanderen: 40%');
		expect(t('en', 'chart_item', { label: 'Flanders' })).toBe('Flanders: {value}');
	});
});
