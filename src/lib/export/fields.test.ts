// Column descriptions in every language: complete, translated (not English copies), and what
// fieldsFor hands out per language. datapackage.test.ts checks types and coverage of the columns.
import { describe, expect, it } from 'vitest';
import { units } from '../data/schema.ts';
import { apostropheNote, columnTexts, unitTexts, type Texts } from '../i18n/catalogue/columns.ts';
import { langs, type Lang } from '../i18n/langs.ts';
import { formulaTriggers } from './csv.ts';
import { columnsOf, fieldsFor, tableKinds, unitLegend } from './fields.ts';

const everyText = Object.entries(columnTexts).flatMap(([table, texts]) =>
	Object.entries(texts as Readonly<Record<string, Texts>>).map(([name, text]) => ({ id: `${table}.${name}`, text }))
);

/** A description without the unit legend placeholder: what a translator wrote for this column. */
const own = (text: Texts, lang: Lang) => text[lang].replace('{units}', '').trim();

// Words that only occur in English text: one in a nl or fr description means an untranslated piece.
const englishWords = /\b(the|when|otherwise|empty|whether|which|from|with|never|published)\b/i;

describe('column descriptions', () => {
	it('cover every column text in nl, fr and en, none empty', () => {
		expect(everyText.length).toBeGreaterThan(50);
		for (const { id, text } of everyText) {
			expect(Object.keys(text).sort(), id).toEqual([...langs].sort());
			for (const lang of langs) expect(own(text, lang), `${id} (${lang})`).not.toBe('');
		}
	});

	it('are translated: nl and fr differ from en and from each other', () => {
		for (const { id, text } of everyText) {
			expect(own(text, 'nl'), `${id} nl`).not.toBe(own(text, 'en'));
			expect(own(text, 'fr'), `${id} fr`).not.toBe(own(text, 'en'));
			expect(own(text, 'nl'), `${id} nl/fr`).not.toBe(own(text, 'fr'));
		}
	});

	it('hold no English words in nl and fr', () => {
		for (const { id, text } of everyText) {
			for (const lang of ['nl', 'fr'] as const) expect(text[lang], `${id} (${lang})`).not.toMatch(englishWords);
		}
		// The check itself: it does catch an English description.
		expect(columnTexts.observations.n.en).toMatch(englishWords);
	});

	it('use the statistical terms of each language', () => {
		const { ci_low, n } = columnTexts.observations;
		expect(ci_low.nl).toContain('95%-betrouwbaarheidsinterval');
		expect(ci_low.fr).toContain('intervalle de confiance à 95 %');
		expect(n.nl).toContain('Steekproefgrootte');
		expect(n.fr).toContain('Taille de l’échantillon');
	});

	it('say which files hold plain digits and which group them, with each language’s grouping', () => {
		expect(columnTexts.observations.n.nl).toContain('16.455');
		expect(columnTexts.observations.n.fr).toContain('16 455');
		expect(columnTexts.observations.n.en).toContain('16,455');
		for (const lang of langs) expect(columnTexts.observations.n[lang]).toContain('16455');
	});

	it('end every free-text column with the formula note of its language, and no other', () => {
		for (const lang of langs) {
			const described = (kind: (typeof tableKinds)[number], name: string) =>
				fieldsFor(kind, [name], {}, lang)[0]?.description ?? '';
			expect(described('download', 'source_quote').endsWith(apostropheNote[lang]), lang).toBe(true);
			expect(described('sources', 'citation').endsWith(apostropheNote[lang]), lang).toBe(true);
			expect(described('download', 'n'), lang).not.toContain(apostropheNote[lang]);
		}
	});
});

describe('unit descriptions and the formula note', () => {
	it('describe every unit in every language, translated', () => {
		for (const unit of units) {
			const d = unitTexts[unit];
			for (const lang of langs) expect(d[lang], `${unit} (${lang})`).not.toBe('');
			expect(d.nl, unit).not.toBe(d.en);
			expect(d.fr, unit).not.toBe(d.en);
		}
	});

	it('list every unit code in the legend of each language, filled into {units}', () => {
		for (const lang of langs) {
			for (const unit of units) expect(unitLegend(lang), lang).toContain(`${unit} = ${unitTexts[unit][lang]}`);
			const [value] = fieldsFor('download', ['value'], {}, lang);
			expect(value?.description).toContain(unitLegend(lang));
			expect(value?.description).not.toContain('{units}');
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
		for (const kind of tableKinds) {
			const columns = columnsOf(kind);
			const en = fieldsFor(kind).map((f) => f.description);
			expect(
				fieldsFor(kind, columns, {}, 'en').map((f) => f.description),
				kind
			).toEqual(en);
			for (const lang of ['nl', 'fr'] as const) {
				const described = fieldsFor(kind, columns, {}, lang).map((f) => f.description);
				described.forEach((d, i) => expect(d, `${kind}.${columns[i]} ${lang}`).not.toBe(en[i]));
			}
		}
	});

	it('names the data language of a column written per language', () => {
		expect(fieldsFor('indicators', ['label_fr'], {}, 'nl')[0]?.description).toMatch(/^Naam van de indicator \(fr\)\. /);
		expect(fieldsFor('series', ['break_note_en'], {}, 'fr')[0]?.description).toMatch(
			/^Pourquoi les segments de la série ne doivent pas être reliés \(en\)\. /
		);
	});

	it('keeps types and constraints whatever the language', () => {
		const strip = (lang: Lang) =>
			fieldsFor('download', undefined, { region: ['BE'] }, lang).map(({ description: _, ...rest }) => rest);
		expect(strip('nl')).toEqual(strip('en'));
		expect(strip('fr')).toEqual(strip('en'));
	});
});
