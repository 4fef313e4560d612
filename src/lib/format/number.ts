import type { Unit } from '../data/schema.ts';
import { locales, type Lang } from '../i18n/langs.ts';
import { t } from '../i18n/messages.ts';

const NARROW_NBSP = '\u202f';

/**
 * French typography puts a narrow no-break space before % and between thousands; ICU versions
 * differ (U+00A0 or U+202F), so normalise to U+202F and get the same text on server and client.
 */
function normaliseSpaces(text: string, lang: Lang): string {
	return lang === 'fr' ? text.replace(/[\u00a0\u202f ]/g, NARROW_NBSP) : text;
}

/** A number with exactly `decimals` decimals, as published: never rounds a published figure away. */
export function formatNumber(value: number, decimals: number, lang: Lang): string {
	const text = new Intl.NumberFormat(locales[lang], {
		minimumFractionDigits: decimals,
		maximumFractionDigits: decimals
	}).format(value);
	return normaliseSpaces(text, lang);
}

/** A value with its unit, per locale: nl "34,9%", fr "34,9 %" (narrow no-break space), en "34.9%". */
export function formatValue(value: number, decimals: number, unit: Unit, lang: Lang): string {
	if (unit === 'percent') {
		const text = new Intl.NumberFormat(locales[lang], {
			style: 'unit',
			unit: 'percent',
			minimumFractionDigits: decimals,
			maximumFractionDigits: decimals
		}).format(value);
		return normaliseSpaces(text, lang);
	}
	return t(lang, `unit_${unit}`, { n: formatNumber(value, decimals, lang) });
}

/** Axis tick text: percent ticks carry the sign, other units the bare number. */
export function formatTick(value: number, unit: Unit, lang: Lang): string {
	return unit === 'percent' ? formatValue(value, 0, 'percent', lang) : formatNumber(value, 0, lang);
}
