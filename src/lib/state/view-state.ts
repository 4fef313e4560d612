// The state of an indicator view lives in the URL: the breakdown in the path (prerendered), the
// rest in the query string (applied on the client). Parsing never throws: an unknown or invalid
// parameter is ignored, reported, and the default is used instead.

export const viewKinds = ['bar', 'trend', 'map', 'table'] as const;
export type ViewKind = (typeof viewKinds)[number];

export interface ViewState {
	view: ViewKind;
	/** A wave key: a year ("2018"), a month of an online wave ("2020-04") or a published period. */
	year: string;
	region: string;
}

/** What is valid for one indicator and breakdown, with the default view. */
export interface ViewOptions {
	views: readonly ViewKind[];
	years: readonly string[];
	/** The waves the map view offers (those with a regional value): a subset of `years`. */
	mapYears: readonly string[];
	/** Per area, the waves in which its bars show a published value (group breakdowns; absent: all years). */
	barYears: Readonly<Record<string, readonly string[]>>;
	regions: readonly string[];
	defaults: ViewState;
}

export interface IgnoredParam {
	param: string;
	/** Shown to the reader; never the raw value (it may be hostile), only whether it was unknown or invalid. */
	reason: 'unknown' | 'invalid' | 'repeated';
}

export interface ParsedViewState {
	state: ViewState;
	ignored: IgnoredParam[];
}

const keys = ['view', 'year', 'region'] as const;
type Key = (typeof keys)[number];
const isKey = (k: string): k is Key => (keys as readonly string[]).includes(k);
const MAX_PARAM_NAME = 40;

export function parseViewState(search: URLSearchParams, options: ViewOptions): ParsedViewState {
	const state: ViewState = { ...options.defaults };
	const ignored: IgnoredParam[] = [];
	const seen = new Set<string>();
	for (const [rawName, value] of search) {
		const name = rawName.slice(0, MAX_PARAM_NAME);
		if (!isKey(name)) {
			if (!ignored.some((i) => i.param === name)) ignored.push({ param: name, reason: 'unknown' });
			continue;
		}
		if (seen.has(name)) {
			if (!ignored.some((i) => i.param === name)) ignored.push({ param: name, reason: 'repeated' });
			continue;
		}
		seen.add(name);
		const allowed: readonly string[] =
			name === 'view' ? options.views : name === 'year' ? options.years : options.regions;
		if (allowed.includes(value)) (state as Record<Key, string>)[name] = value;
		else ignored.push({ param: name, reason: 'invalid' });
	}
	const fitted = fitState(state, options);
	if (fitted.year !== state.year && seen.has('year') && !ignored.some((i) => i.param === 'year'))
		ignored.push({ param: 'year', reason: 'invalid' });
	return { state: fitted, ignored };
}

/** The waves the state's view can show: a map needs a regional value, bars a value in their area. */
export function yearsOf(state: Pick<ViewState, 'view' | 'region'>, options: ViewOptions): readonly string[] {
	if (state.view === 'map') return options.mapYears;
	if (state.view === 'bar') return options.barYears[state.region] ?? options.years;
	return options.years;
}

/** The state with a year its view can show (else the latest such wave), so no view opens empty. */
export function fitState(state: ViewState, options: ViewOptions): ViewState {
	const years = yearsOf(state, options);
	if (years.includes(state.year)) return state;
	return { ...state, year: years[0] ?? state.year };
}

/** Canonical query string: fixed key order, defaults left out ("" when the view is the default). */
export function serializeViewState(state: ViewState, defaults: ViewState): string {
	const params = new URLSearchParams();
	for (const key of keys) if (state[key] !== defaults[key]) params.set(key, state[key]);
	const text = params.toString();
	return text ? `?${text}` : '';
}
