// The row shape of every CSV/JSON download: one published estimate with its labels and full
// provenance (source, quote, licence, retrieved from/on), so a file stands on its own (check C8).

/** Download columns, in file order. */
export const downloadColumns = [
	'indicator',
	'indicator_label',
	'survey',
	'survey_label',
	'year',
	'period',
	'wave_date',
	'region',
	'region_label',
	'breakdown',
	'group',
	'group_label',
	'age_base',
	'value',
	'ci_low',
	'ci_high',
	'n',
	'unit',
	'standardisation',
	'preferred',
	'flags',
	'note',
	'source',
	'source_title',
	'source_publisher',
	'source_url',
	'source_quote',
	'licence',
	'retrieved_from',
	'retrieved_on'
] as const;
export type DownloadColumn = (typeof downloadColumns)[number];

/** Columns holding numbers (published text like "9.0" or JS numbers): pass to `toCsv` as `numericColumns`. */
export const downloadNumericColumns = [
	'year',
	'value',
	'ci_low',
	'ci_high',
	'n'
] as const satisfies readonly DownloadColumn[];

/** One download row. A type alias (not an interface) so it is assignable to `Record<string, CsvCell>`. */
export type DownloadRow = {
	indicator: string;
	indicator_label: string;
	survey: string;
	survey_label: string;
	year: number | null;
	period: string | null;
	wave_date: string | null;
	region: string;
	region_label: string;
	breakdown: string;
	group: string;
	group_label: string;
	age_base: string;
	/** As published: "9.0" keeps its trailing zero. */
	value: string;
	ci_low: number | string | null;
	ci_high: number | string | null;
	n: number | null;
	unit: string;
	standardisation: string;
	preferred: boolean;
	/** Flag codes joined with `;`, or null. */
	flags: string | null;
	note: string | null;
	source: string;
	source_title: string;
	source_publisher: string;
	source_url: string;
	source_quote: string;
	licence: string;
	retrieved_from: string;
	retrieved_on: string;
};

/**
 * The fields of an estimate the download needs. `Observation` maps onto it directly (snake → camel);
 * a `PageObservation` keeps only its wave key: use `splitWaveKey(o.wave)` for year/period/waveDate.
 */
export interface ExportObservation {
	indicator: string;
	survey: string;
	year: number | null;
	period: string | null;
	/** `YYYY-MM` of an online wave. */
	waveDate: string | null;
	region: string;
	breakdown: string;
	group: string;
	ageBase: string;
	/** The value exactly as published ("9.0"). */
	valueText: string;
	/** A number, or its published text when the caller has it (keeps "31.0"). */
	ciLow: number | string | null;
	ciHigh: number | string | null;
	n: number | null;
	standardisation: string;
	preferred: boolean;
	flags: readonly string[];
	note: string | null;
	source: string;
	sourceUrl: string;
	sourceQuote: string;
}

/** Labels (in the file's language) and source facts, keyed by code. */
export interface DownloadLookups {
	indicators: Readonly<Record<string, { label: string; unit: string }>>;
	surveys: Readonly<Record<string, string>>;
	regions: Readonly<Record<string, string>>;
	/** Keyed `${breakdown}/${group}`, as in `IndicatorPageData.labels.groups`. */
	groups: Readonly<Record<string, string>>;
	sources: Readonly<Record<string, { title: string; publisher: string; licence: string }>>;
}

export interface DownloadContext {
	/** The site's origin, e.g. "https://bewegeninbelgie.be"; a relative `pageUrl` is resolved against it. */
	siteUrl: string;
	/** The page the file belongs to (absolute, or a path such as "/nl/indicator/x"). */
	pageUrl: string;
	/** ISO date `YYYY-MM-DD`, normally the build date, passed in so the function stays pure. */
	retrievedOn: string;
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Throws unless `value` is a real calendar date written `YYYY-MM-DD`. */
export function assertIsoDate(value: string, what: string): void {
	const m = isoDate.exec(value);
	const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
	if (!date || date.toISOString().slice(0, 10) !== value) {
		throw new RangeError(`${what}: "${value}" is not an ISO date (YYYY-MM-DD)`);
	}
}

/**
 * Splits a `PageObservation.wave` key back into year / period / wave date. Lossy by design of the key:
 * an online wave gives its month and the year of that month; a period gives no year; "undated" gives
 * nothing.
 */
export function splitWaveKey(wave: string): Pick<ExportObservation, 'year' | 'period' | 'waveDate'> {
	if (/^\d{4}-(0[1-9]|1[0-2])$/.test(wave)) return { year: Number(wave.slice(0, 4)), period: null, waveDate: wave };
	if (/^\d{4}$/.test(wave)) return { year: Number(wave), period: null, waveDate: null };
	if (wave === 'undated' || wave === '') return { year: null, period: null, waveDate: null };
	return { year: null, period: wave, waveDate: null };
}

function lookup<T>(table: Readonly<Record<string, T>>, key: string, what: string): T {
	const found = Object.hasOwn(table, key) ? table[key] : undefined;
	if (found === undefined) throw new Error(`toDownloadRows: no ${what} for "${key}"`);
	return found;
}

/**
 * Maps estimates to download rows in the given order. Throws when a label or source is missing:
 * a download never drops provenance silently.
 */
export function toDownloadRows(
	observations: readonly ExportObservation[],
	lookups: DownloadLookups,
	context: DownloadContext
): DownloadRow[] {
	assertIsoDate(context.retrievedOn, 'toDownloadRows: retrievedOn');
	const retrievedFrom = new URL(context.pageUrl, context.siteUrl).href;
	return observations.map((o) => {
		const indicator = lookup(lookups.indicators, o.indicator, 'indicator');
		const source = lookup(lookups.sources, o.source, 'source');
		return {
			indicator: o.indicator,
			indicator_label: indicator.label,
			survey: o.survey,
			survey_label: lookup(lookups.surveys, o.survey, 'survey label'),
			year: o.year,
			period: o.period,
			wave_date: o.waveDate,
			region: o.region,
			region_label: lookup(lookups.regions, o.region, 'region label'),
			breakdown: o.breakdown,
			group: o.group,
			group_label: lookup(lookups.groups, `${o.breakdown}/${o.group}`, 'group label'),
			age_base: o.ageBase,
			value: o.valueText,
			ci_low: o.ciLow,
			ci_high: o.ciHigh,
			n: o.n,
			unit: indicator.unit,
			standardisation: o.standardisation,
			preferred: o.preferred,
			flags: o.flags.length > 0 ? o.flags.join(';') : null,
			note: o.note,
			source: o.source,
			source_title: source.title,
			source_publisher: source.publisher,
			source_url: o.sourceUrl,
			source_quote: o.sourceQuote,
			licence: source.licence,
			retrieved_from: retrievedFrom,
			retrieved_on: context.retrievedOn
		};
	});
}
