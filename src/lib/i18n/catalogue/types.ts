// Types of the message catalogue: what a translation must look like, and which {placeholders} a
// message takes. en.ts is the reference; nl.ts and fr.ts are checked against it.
import type { en } from './en.ts';

export type Catalogue = typeof en;
export type MessageKey = keyof Catalogue;

/** Forms of a counted message, chosen with Intl.PluralRules; `other` is the fallback. */
export type PluralForms = { readonly [C in Intl.LDMLPluralRule]?: string } & { readonly other: string };

/** Every language has every key; a counted message in en is counted in every language. */
export type Translation = {
	readonly [K in MessageKey]: Catalogue[K] extends string ? string : PluralForms;
};

type NamesIn<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
	? (P extends `${string}${' ' | '{' | '"' | ':'}${string}` ? never : P) | NamesIn<Rest>
	: never;

/** The {name} placeholders of a message (of all its plural forms), as a union of names. */
export type Placeholders<M> = M extends string
	? NamesIn<M>
	: M extends PluralForms
		? NamesIn<Extract<M[keyof M], string>>
		: never;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** Keys whose placeholders differ from en's (never when the translation is right). */
export type PlaceholderMismatch<T extends Translation> = {
	[K in MessageKey]: Same<Placeholders<T[K]>, Placeholders<Catalogue[K]>> extends true ? never : K;
}[MessageKey];

/** The translation itself, or a type naming the mismatched keys (a compile error where used). */
export type Checked<T extends Translation> = [PlaceholderMismatch<T>] extends [never]
	? T
	: { placeholder_mismatch: PlaceholderMismatch<T> };

type ParamValue = string | number;

/**
 * What t() takes for a key: nothing for plain text, each placeholder, and `count` (a number that
 * chooses the plural form) for a counted message.
 */
export type ParamArgs<K extends MessageKey> = Catalogue[K] extends string
	? [Placeholders<Catalogue[K]>] extends [never]
		? []
		: [params: { readonly [P in Placeholders<Catalogue[K]>]: ParamValue }]
	: [params: { readonly [P in Placeholders<Catalogue[K]>]: ParamValue } & { readonly count: number }];

/** Keys of messages without placeholders (a status reason, a view name): t(lang, key) is enough. */
export type PlainMessageKey = {
	[K in MessageKey]: ParamArgs<K> extends [] ? K : never;
}[MessageKey];
