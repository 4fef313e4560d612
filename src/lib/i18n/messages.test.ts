import { describe, expect, it } from 'vitest';
import { langs } from './langs.ts';
import { messages, pluralForm, t, type MessageKey } from './messages.ts';

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
const forms = (message: string | object) => (typeof message === 'string' ? [message] : Object.values(message));
const keys = Object.keys(messages.en).sort() as MessageKey[];

describe('message catalogue (C20)', () => {
	it.each(langs)('%s has exactly the same keys as en, none empty', (lang) => {
		expect(Object.keys(messages[lang]).sort()).toEqual(keys);
		for (const key of keys) for (const text of forms(messages[lang][key])) expect(text.trim(), key).not.toBe('');
	});

	it.each(langs)('%s uses the same placeholders as en in every message', (lang) => {
		for (const key of keys) {
			const mine = placeholders(forms(messages[lang][key]).join(' '));
			expect(mine, `${lang}.${key}`).toEqual(placeholders(forms(messages.en[key]).join(' ')));
		}
	});

	it.each(langs)('%s counts a message where en counts it, with an "other" form', (lang) => {
		for (const key of keys) {
			expect(typeof messages[lang][key], `${lang}.${key}`).toBe(typeof messages.en[key]);
			const message = messages[lang][key];
			if (typeof message !== 'string') expect(message.other, `${lang}.${key}`).toBeTruthy();
		}
	});

	it('t() fills placeholders and leaves an unknown one visible', () => {
		expect(t('nl', 'chart_item', { label: 'Vlaanderen', value: '40%' })).toBe('Vlaanderen: 40%');
		// @ts-expect-error value is left out on purpose: an unfilled placeholder stays visible
		expect(t('en', 'chart_item', { label: 'Flanders' })).toBe('Flanders: {value}');
	});

	it('t() picks the plural form per language: 1 staaf, 2 staven; 0 barre in French', () => {
		const items = 'X';
		expect(t('nl', 'chart_description', { count: 1, items })).toBe('Staafdiagram, 1 staaf. X.');
		expect(t('nl', 'chart_description', { count: 2, items })).toBe('Staafdiagram, 2 staven. X.');
		expect(t('fr', 'chart_description', { count: 0, items })).toBe('Diagramme en barres, 0 barre. X.');
		expect(t('fr', 'chart_description', { count: 3, items })).toBe('Diagramme en barres, 3 barres. X.');
		expect(t('en', 'chart_description', { count: 1, items })).toBe('Bar chart, 1 bar. X.');
		expect(t('en', 'table_description', { count: 0 })).toBe('Table of 0 published figures.');
		expect(t('nl', 'trend_description', { count: 1, items })).toBe('Lijndiagram met 1 reeks. X.');
	});

	it('t() writes the count with the language’s digit grouping, other numbers as given', () => {
		expect(t('nl', 'table_description', { count: 1468 })).toBe('Tabel met 1.468 gepubliceerde cijfers.');
		expect(t('fr', 'table_description', { count: 1468 })).toMatch(/^Tableau de 1\s468 chiffres publiés\.$/);
		expect(t('en', 'table_description', { count: 1468 })).toBe('Table of 1,468 published figures.');
		expect(t('nl', 'chart_item', { label: 'Jaar', value: 2023 })).toBe('Jaar: 2023');
	});

	it('pluralForm() falls back to "other" for a category a message does not list (fr "many")', () => {
		expect(pluralForm('fr', { one: 'un', other: 'plusieurs' }, 1_000_000)).toBe('plusieurs');
		expect(pluralForm('en', { one: 'one', other: 'many' }, 1)).toBe('one');
	});
});
