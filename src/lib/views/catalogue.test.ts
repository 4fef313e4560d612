import { describe, expect, it } from 'vitest';
import { catalogueView, lookAlikes, matches, type CatalogueEntry } from './catalogue.ts';
import { realCatalogue } from '../../../tests/real-catalogue.ts';

const catalogue = realCatalogue();
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

	it('groups the look-alikes of one concept (wider than a series) under its label, each with what sets it apart', () => {
		const groups = catalogueView(catalogue, 'en');
		const depression = groups.flatMap((g) => g.concepts).find((c) => c.concept === 'Depression');
		expect(depression?.entries.map((e) => e.id).sort()).toEqual([
			'depression_self_reported_12m',
			'depressive_disorder_phq9',
			'depressive_disorder_phq9_online',
			'depressive_symptoms_scl90',
			'major_depressive_disorder_phq9'
		]);
		// The online PHQ-9 is told apart from the face-to-face one by its mode and ages.
		const line = (id: string) => depression?.entries.find((e) => e.id === id)?.distinction ?? '';
		expect(line('depressive_disorder_phq9_online')).toMatch(/online/i);
		expect(line('depressive_disorder_phq9_online')).not.toEqual(line('depressive_disorder_phq9'));
		expect(line('depressive_symptoms_scl90')).toMatch(/SCL/);
		const others = lookAlikes(groups, 'depressive_disorder_phq9');
		expect(others.map((e) => e.id).sort()).toEqual(
			depression?.entries
				.map((e) => e.id)
				.filter((id) => id !== 'depressive_disorder_phq9')
				.sort()
		);
		expect(lookAlikes(groups, 'no_such_indicator')).toEqual([]);
	});

	it('a series without a concept is still one group; a concept spanning two topics links across them', () => {
		const groups = catalogueView(catalogue, 'en');
		expect(
			lookAlikes(groups, 'antidepressant_use_2w')
				.map((e) => e.id)
				.sort()
		).toEqual(['antidepressant_use_24h', 'antidepressant_use_period_unstated']);
		// Sciensano's HIS figure (physical activity) and Eurostat's country figures (international).
		const topicOf = (id: string) =>
			groups.find((g) => g.concepts.some((c) => c.entries.some((e) => e.id === id)))?.topic;
		expect(topicOf('pa_aerobic_who_ehispaq')).not.toBe(topicOf('ehis_aerobic_150min_nonwork_eurostat'));
		expect(lookAlikes(groups, 'pa_aerobic_who_ehispaq').map((e) => e.id)).toContain(
			'ehis_aerobic_150min_nonwork_eurostat'
		);
		expect(lookAlikes(groups, 'ehis_aerobic_150min_nonwork_eurostat').map((e) => e.id)).toContain(
			'pa_aerobic_who_ehispaq'
		);
		for (const g of groups)
			for (const c of g.concepts) expect(c.concept === null, c.entries[0]?.id).toBe(c.key === null);
	});
});
