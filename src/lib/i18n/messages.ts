// The message catalogue: all interface text, one module per language in ./catalogue/ (so a page
// can later load only its own language). t() fills {placeholders} and picks plural forms.
import { en } from './catalogue/en.ts';
import { fr } from './catalogue/fr.ts';
import { nl } from './catalogue/nl.ts';
import type { Checked, MessageKey, ParamArgs, PluralForms, Translation } from './catalogue/types.ts';
import { locales, type Lang } from './langs.ts';

export type { MessageKey, PlainMessageKey, PluralForms } from './catalogue/types.ts';

/** Every language's catalogue; a placeholder that differs from en is a type error here. */
export const messages: Record<Lang, Translation> = {
	nl: nl satisfies Checked<typeof nl>,
	fr: fr satisfies Checked<typeof fr>,
	en
};

const pluralRules = new Map<Lang, Intl.PluralRules>();
const countFormats = new Map<Lang, Intl.NumberFormat>();

function memo<T>(cache: Map<Lang, T>, lang: Lang, make: (locale: string) => T): T {
	let value = cache.get(lang);
	if (!value) cache.set(lang, (value = make(locales[lang])));
	return value;
}

/** The form of a counted message for `count` in the language (CLDR rules: fr says "0 barre"). */
export function pluralForm(lang: Lang, forms: PluralForms, count: number): string {
	const category = memo(pluralRules, lang, (l) => new Intl.PluralRules(l)).select(count);
	return forms[category] ?? forms.other;
}

/**
 * The message in the language, with {placeholders} filled. A counted message takes `count`, which
 * picks the plural form and is written with the language's digit grouping (1.468, 1 468, 1,468);
 * other numbers are written as given (years stay 2023). A missing key or param is a type error.
 * @example t('nl', 'chart_description', { count: 1, items: 'Vlaanderen: 40%' }) // 'Staafdiagram, 1 staaf. …'
 */
export function t<K extends MessageKey>(lang: Lang, key: K, ...args: ParamArgs<K>): string {
	const params: Readonly<Record<string, string | number>> = args[0] ?? {};
	const message = messages[lang][key];
	const count = params.count;
	const text = typeof message === 'string' ? message : pluralForm(lang, message, Number(count));
	return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
		const value = params[name];
		if (value === undefined) return whole;
		if (name === 'count' && typeof value === 'number') {
			return memo(countFormats, lang, (l) => new Intl.NumberFormat(l)).format(value);
		}
		return String(value);
	});
}

/** Every text of the language's catalogue, each plural form apart (for tests that scan pages). */
export function messageTexts(lang: Lang): string[] {
	return Object.values(messages[lang]).flatMap((m) => (typeof m === 'string' ? [m] : Object.values(m)));
}
