/** The site's languages; nl is the default (the root sends readers to /nl/). */
export const langs = ['nl', 'fr', 'en'] as const;
export type Lang = (typeof langs)[number];
export const defaultLang: Lang = 'nl';

export function isLang(value: string): value is Lang {
	return (langs as readonly string[]).includes(value);
}

/** Intl locale per language: Belgian conventions for nl and fr, British English for en. */
export const locales: Record<Lang, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' };

/** Each language named in itself, for the language switch. */
export const endonyms: Record<Lang, string> = { nl: 'Nederlands', fr: 'Français', en: 'English' };
