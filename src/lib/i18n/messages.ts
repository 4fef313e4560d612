// The message catalogue: all interface text, one module per language in ./catalogue/. t() fills
// {placeholders} and picks plural forms. On the server (the build, and tests) every language is
// there; a page's client code holds only its own language (issue #13): the layout's load awaits
// `loadMessages(lang)`, which imports that one module.
import type { en } from './catalogue/en.ts';
import type { fr } from './catalogue/fr.ts';
import type { nl } from './catalogue/nl.ts';
import type { Checked, MessageKey, ParamArgs, PluralForms, Translation } from './catalogue/types.ts';
import { langs, locales, type Lang } from './langs.ts';

export type { MessageKey, PlainMessageKey, PluralForms } from './catalogue/types.ts';

/** The catalogues loaded so far. */
const loaded: Partial<Record<Lang, Translation>> = {};

/**
 * Each language's catalogue as its own module (a chunk of its own in the client build, because no
 * module imports them statically). A placeholder that differs from en is a type error here.
 */
const importers: Record<Lang, () => Promise<Translation>> = {
	nl: () => import('./catalogue/nl.ts').then((m) => m.nl satisfies Checked<typeof nl>),
	fr: () => import('./catalogue/fr.ts').then((m) => m.fr satisfies Checked<typeof fr>),
	en: () => import('./catalogue/en.ts').then((m): typeof en => m.en)
};

/** Makes `lang`'s texts available to t(); resolves at once when they already are. */
export async function loadMessages(lang: Lang): Promise<void> {
	if (!loaded[lang]) loaded[lang] = await importers[lang]();
}

/** The language's catalogue; throws when it was not loaded (a page's load awaits loadMessages). */
export function messagesOf(lang: Lang): Translation {
	const m = loaded[lang];
	if (!m) throw new Error(`messages: the ${lang} texts are not loaded (await loadMessages('${lang}') first)`);
	return m;
}

// On the server (the build, and tests) every language is there before any page renders. In the
// client build `import.meta.env.SSR` is false and this is dropped.
if (import.meta.env.SSR) await Promise.all(langs.map((lang) => loadMessages(lang)));

const isKnown = (lang: string | symbol): lang is Lang => (langs as readonly (string | symbol)[]).includes(lang);

/** Every language's catalogue (server side: the build and tests; never in a page's client code). */
export const messages: Readonly<Record<Lang, Translation>> = new Proxy({} as Record<Lang, Translation>, {
	get: (_, lang) => (isKnown(lang) ? messagesOf(lang) : undefined),
	ownKeys: () => [...langs],
	getOwnPropertyDescriptor: (_, lang) => ({ enumerable: true, configurable: true, value: messagesOf(lang as Lang) })
});

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
	const message = messagesOf(lang)[key];
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
	return Object.values(messagesOf(lang)).flatMap((m) => (typeof m === 'string' ? [m] : Object.values(m)));
}
