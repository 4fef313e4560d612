import type { Unit } from '../data/schema.ts';
import { locales, type Lang } from '../i18n/langs.ts';

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

const unitPatterns: Record<Unit, Record<Lang, string> | 'percent'> = {
	percent: 'percent',
	hours_per_day: { nl: '{n} uur per dag', fr: '{n} h par jour', en: '{n} hours a day' },
	percentage_points: { nl: '{n} procentpunt', fr: '{n} points de pourcentage', en: '{n} percentage points' },
	ratio: { nl: '{n}', fr: '{n}', en: '{n}' },
	score_0_10: { nl: '{n} op 10', fr: '{n} sur 10', en: '{n} out of 10' },
	percent_reduction: { nl: '{n}% minder', fr: `{n}${NARROW_NBSP}% de moins`, en: '{n}% lower' },
	percent_of_association: {
		nl: '{n}% van het verband',
		fr: `{n}${NARROW_NBSP}% de l’association`,
		en: '{n}% of the association'
	},
	count: { nl: '{n}', fr: '{n}', en: '{n}' },
	per_1000: { nl: '{n} per 1.000', fr: `{n} pour 1${NARROW_NBSP}000`, en: '{n} per 1,000' },
	mean_count: { nl: '{n} gemiddeld', fr: '{n} en moyenne', en: '{n} on average' },
	million_eur: { nl: '€ {n} miljoen', fr: `{n} millions d’euros`, en: '€{n} million' }
};

/** A value with its unit, per locale: nl "34,9%", fr "34,9 %" (narrow no-break space), en "34.9%". */
export function formatValue(value: number, decimals: number, unit: Unit, lang: Lang): string {
	const pattern = unitPatterns[unit];
	if (pattern === 'percent') {
		const text = new Intl.NumberFormat(locales[lang], {
			style: 'unit',
			unit: 'percent',
			minimumFractionDigits: decimals,
			maximumFractionDigits: decimals
		}).format(value);
		return normaliseSpaces(text, lang);
	}
	return pattern[lang].replace('{n}', formatNumber(value, decimals, lang));
}

/** Axis tick text: percent ticks carry the sign, other units the bare number. */
export function formatTick(value: number, unit: Unit, lang: Lang): string {
	return unit === 'percent' ? formatValue(value, 0, 'percent', lang) : formatNumber(value, 0, lang);
}
