import { describe, expect, it } from 'vitest';
import { validateCatalogue } from '../data/validate.ts';
import { readDataFiles } from '../server/data-dir.ts';
import { catalogueView, lookAlikes, matches, type CatalogueEntry } from './catalogue.ts';

const { catalogue } = validateCatalogue(readDataFiles('data'));
if (!catalogue) throw new Error('data/ must be valid');
const entries = (lang: 'nl' | 'fr' | 'en') =>
	catalogueView(catalogue, lang).flatMap((g) => g.concepts.flatMap((c) => c.entries));
const found = (list: CatalogueEntry[], q: string) => list.filter((e) => matches(e, q)).map((e) => e.id);

describe('catalogue search', () => {
	it('finds a breakdown word by its prefix, in the page language', () => {
		const nl = entries('nl');
		const withEducation = nl.filter((e) => e.breakdowns.includes('education')).map((e) => e.id);
		expect(withEducation.length).toBeGreaterThan(0);
		expect(found(nl, 'opleid')).toEqual(expect.arrayContaining(withEducation));
		expect(found(entries('fr'), 'instruction')).toEqual(expect.arrayContaining(withEducation));
		expect(found(nl, 'geslacht').length).toBeGreaterThan(0);
	});

	it('ignores accents and case, and accepts word prefixes', () => {
		expect(found(entries('fr'), 'depress')).toContain('depressive_disorder_phq9');
		expect(found(entries('fr'), 'DÉPRESS')).toEqual(found(entries('fr'), 'depress'));
		expect(found(entries('en'), 'depr')).toContain('depressive_disorder_phq9');
		expect(found(entries('nl'), 'phq')).toContain('depressive_disorder_phq9');
		expect(found(entries('en'), 'zzzz')).toEqual([]);
	});
});

describe('catalogue values and look-alikes', () => {
	it('shows the latest national total, with † when flagged', () => {
		const en = entries('en');
		const headline = en.find((e) => e.id === 'pa_aerobic_who_ehispaq');
		expect(headline?.latest).toMatch(/^34\.9% .*\(2023, Belgium\)$/);
		for (const e of en.filter((x) => x.area === 'belgium' && x.latest)) expect(e.latest, e.id).toMatch(/, Belgium\)$/);
		for (const e of en.filter((x) => x.latestFlags.length > 0)) expect(e.latest, e.id).toContain('†');
	});

	it('groups the indicators of one series under their concept, each with what sets it apart', () => {
		const groups = catalogueView(catalogue, 'en');
		const others = lookAlikes(groups, 'depressive_disorder_phq9');
		expect(others.map((e) => e.id)).toEqual(['depressive_symptoms_scl90']);
		expect(others[0]?.distinction).toMatch(/SCL/);
		expect(lookAlikes(groups, 'no_such_indicator')).toEqual([]);
	});
});
