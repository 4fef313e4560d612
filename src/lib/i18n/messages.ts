import en from './messages/en.json';
import fr from './messages/fr.json';
import nl from './messages/nl.json';
import type { Lang } from './langs.ts';

export type MessageKey = keyof typeof en;
export const messages: Record<Lang, Record<MessageKey, string>> = { nl, fr, en };

/** The message in the language, with {placeholders} filled. A missing key is a type error. */
export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
	return messages[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole
	);
}
