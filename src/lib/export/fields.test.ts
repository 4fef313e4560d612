// Column descriptions in every language: complete, translated (not English copies), and what
// fieldsFor hands out per language. datapackage.test.ts checks types and coverage of the columns.
import { describe, expect, it } from 'vitest';
import { units } from '../data/schema.ts';
import { langs, type Lang } from '../i18n/langs.ts';
import { formulaTriggers } from './csv.ts';
import {
	apostropheNote,
	columnsOf,
	fieldCatalogue,
	fieldsFor,
	unitDescriptions,
	unitLegend,
	type FieldInfo,
	type TableKind
} from './fields.ts';

const kinds = Object.keys(fieldCatalogue) as TableKind[];
const everyField = kinds.flatMap((kind) =>
	Object.entries(fieldCatalogue[kind] as Record<string, FieldInfo>).map(([name, info]) => ({
		id: `${kind}.${name}`,
		info
	}))
);

/** A description without the parts shared by many columns (formula note, unit legend): what a translator wrote for this column. */
const own = (info: FieldInfo, lang: Lang) =>
	info.description[lang].replace(apostropheNote[lang], '').replace(unitLegend[lang], '').trim();

// Words that only occur in English text: one in a nl or fr description means an untranslated piece.
const englishWords = /\b(the|when|otherwise|empty|whether|which|from|with|never|published)\b/i;

describe('column descriptions', () => {
	it('cover every field in nl, fr and en, none empty', () => {
		expect(everyField.length).toBeGreaterThan(50);
		for (const { id, info } of everyField) {
			expect(Object.keys(info.description).sort(), id).toEqual([...langs].sort());
			for (const lang of langs) expect(own(info, lang), `${id} (${lang})`).not.toBe('');
		}
	});

	it('are translated: nl and fr differ from en and from each other', () => {
		for (const { id, info } of everyField) {
			expect(own(info, 'nl'), `${id} nl`).not.toBe(own(info, 'en'));
			expect(own(info, 'fr'), `${id} fr`).not.toBe(own(info, 'en'));
			expect(own(info, 'nl'), `${id} nl/fr`).not.toBe(own(info, 'fr'));
		}
	});

	it('hold no English words in nl and fr', () => {
		for (const { id, info } of everyField) {
			for (const lang of ['nl', 'fr'] as const)
				expect(info.description[lang], `${id} (${lang})`).not.toMatch(englishWords);
		}
		// The check itself: it does catch an English description.
		expect(fieldCatalogue.download.n.description.en).toMatch(englishWords);
	});

	it('use the statistical terms of each language', () => {
		const { ci_low, n } = fieldCatalogue.download;
		expect(ci_low.description.nl).toContain('95%-betrouwbaarheidsinterval');
		expect(ci_low.description.fr).toContain('intervalle de confiance à 95 %');
		expect(n.description.nl).toContain('Steekproefgrootte');
		expect(n.description.fr).toContain('Taille de l’échantillon');
	});

	it('end every free-text column with the formula note of its language', () => {
		for (const lang of langs) {
			expect(fieldCatalogue.download.source_quote.description[lang].endsWith(apostropheNote[lang]), lang).toBe(true);
			expect(fieldCatalogue.sources.citation.description[lang].endsWith(apostropheNote[lang]), lang).toBe(true);
		}
	});
});

describe('unit descriptions and the formula note', () => {
	it('describe every unit in every language, translated', () => {
		for (const unit of units) {
			const d = unitDescriptions[unit];
			for (const lang of langs) expect(d[lang], `${unit} (${lang})`).not.toBe('');
			expect(d.nl, unit).not.toBe(d.en);
			expect(d.fr, unit).not.toBe(d.en);
		}
	});

	it('list every unit code in the legend of each language', () => {
		for (const lang of langs) {
			for (const unit of units) expect(unitLegend[lang], lang).toContain(`${unit} = ${unitDescriptions[unit][lang]}`);
		}
	});

	it('name every printable formula trigger and the apostrophe, in three different texts', () => {
		const printable = formulaTriggers.filter((c) => c.trim() !== '');
		for (const lang of langs) {
			for (const c of printable) expect(apostropheNote[lang], `${lang} ${c}`).toContain(c);
			expect(apostropheNote[lang], lang).toContain("'");
		}
		expect(new Set(langs.map((lang) => apostropheNote[lang])).size).toBe(langs.length);
	});
});

describe('fieldsFor per language', () => {
	it('describes columns in the language asked for, English by default (the data package)', () => {
		for (const kind of kinds) {
			const columns = columnsOf(kind);
			expect(
				fieldsFor(kind).map((f) => f.description),
				kind
			).toEqual(fieldsFor(kind, columns, {}, 'en').map((f) => f.description));
			for (const lang of langs) {
				const catalogue: Record<string, FieldInfo> = fieldCatalogue[kind];
				expect(
					fieldsFor(kind, columns, {}, lang).map((f) => f.description),
					`${kind} ${lang}`
				).toEqual(columns.map((c) => catalogue[c]?.description[lang]));
			}
		}
	});

	it('keeps types and constraints whatever the language', () => {
		const strip = (lang: Lang) =>
			fieldsFor('download', undefined, { region: ['BE'] }, lang).map(({ description: _, ...rest }) => rest);
		expect(strip('nl')).toEqual(strip('en'));
		expect(strip('fr')).toEqual(strip('en'));
	});
});
