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

/**
 * One formatter per language, decimals and style: constructing an Intl.NumberFormat costs far more
 * than formatting with it, and a build formats hundreds of thousands of values (4.7 s of the
 * prerender's 44 s before this cache).
 */
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(lang: Lang, decimals: number, percent: boolean): Intl.NumberFormat {
	const key = `${lang} ${decimals} ${percent}`;
	let format = formatters.get(key);
	if (!format) {
		format = new Intl.NumberFormat(locales[lang], {
			...(percent ? { style: 'unit', unit: 'percent' } : {}),
			minimumFractionDigits: decimals,
			maximumFractionDigits: decimals
		});
		formatters.set(key, format);
	}
	return format;
}

/** A number with exactly `decimals` decimals, as published: never rounds a published figure away. */
export function formatNumber(value: number, decimals: number, lang: Lang): string {
	return normaliseSpaces(formatter(lang, decimals, false).format(value), lang);
}

/** A value with its unit, per locale: nl "34,9%", fr "34,9 %" (narrow no-break space), en "34.9%". */
export function formatValue(value: number, decimals: number, unit: Unit, lang: Lang): string {
	if (unit === 'percent') return normaliseSpaces(formatter(lang, decimals, true).format(value), lang);
	return t(lang, `unit_${unit}`, { n: formatNumber(value, decimals, lang) });
}

/** Axis tick text: percent ticks carry the sign, other units the bare number. */
export function formatTick(value: number, unit: Unit, lang: Lang, decimals = 0): string {
	return unit === 'percent' ? formatValue(value, decimals, 'percent', lang) : formatNumber(value, decimals, lang);
}

/** The fewest decimals (up to 6) that write every tick exactly: 0.1 apart → 1, 0.05 apart → 2. */
export function tickDecimals(values: readonly number[]): number {
	for (let decimals = 0; decimals < 6; decimals++)
		if (values.every((v) => Math.abs(v - Number(v.toFixed(decimals))) < 1e-9)) return decimals;
	return 6;
}

/** The labels of an axis's ticks, all with the decimals the finest of them needs (never "1 %, 1 %"). */
export function formatTicks(values: readonly number[], unit: Unit, lang: Lang): string[] {
	const decimals = tickDecimals(values);
	return values.map((v) => formatTick(v, unit, lang, decimals));
}
