import { locales, type Lang } from './langs.ts';

/**
 * One Intl.DateTimeFormat per language and options: constructing one costs far more than using it,
 * and a build formats a date for every wave label and citation of every page (0.3 s of its
 * prerender, issue #13). Dates are in UTC throughout the site.
 */
const formats = new Map<string, Intl.DateTimeFormat>();

export function dateFormat(lang: Lang, options: Omit<Intl.DateTimeFormatOptions, 'timeZone'>): Intl.DateTimeFormat {
	const key = `${lang} ${JSON.stringify(options)}`;
	let format = formats.get(key);
	if (!format) {
		format = new Intl.DateTimeFormat(locales[lang], { ...options, timeZone: 'UTC' });
		formats.set(key, format);
	}
	return format;
}
