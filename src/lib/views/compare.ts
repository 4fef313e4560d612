// Which two indicators the compare view may put side by side, and its state in the URL. Pure.
// A pair is offered only when both indicators publish preferred values for at least two of the same
// groups of one breakdown, in the same area and the same survey wave: side by side per group, each
// with its own scale. Parsing a query never throws: a bad parameter is ignored, reported, and the
// default (or the nearest valid pair) is shown instead.
import type { IgnoredParam } from '../state/view-state.ts';

/** What pairing needs of a published row. */
export interface PairingRow {
	indicator: string;
	survey: string;
	region: string;
	breakdown: string;
	group: string;
	/** Wave key: the year, an online wave's month or the published period (indicator-data.ts). */
	wave: string;
	/** Position on a time axis, or null (latest waves are offered first). */
	x: number | null;
	preferred: boolean;
}

/** Two indicators, a breakdown they share, and the area and survey wave both publish it for. */
export interface ComparePair {
	a: string;
	b: string;
	breakdown: string;
	/** Wave key, as in the URL's `year`. */
	wave: string;
	region: string;
	survey: string;
}

/** How pairs are ordered: by the catalogue's order of indicators, breakdowns and regions. */
export interface PairingOrder {
	indicators: Readonly<Record<string, number>>;
	breakdowns: Readonly<Record<string, number>>;
	regions: Readonly<Record<string, number>>;
}

/** Fewer shared groups than this and there is no pattern to put side by side. */
export const MIN_SHARED_GROUPS = 2;

/**
 * At most this many partners b for one indicator a in one breakdown, area and survey wave: the
 * first in catalogue order. Every offered pair has its own prerendered embed, so without a bound
 * the pairs (and the build) would grow with the square of the catalogue; with it they grow linearly
 * (issue #13). The real catalogue has at most 7, so none is left out there.
 */
export const MAX_PARTNERS = 12;

/**
 * Every ordered pair (a, b) of different indicators that publish preferred values for at least
 * MIN_SHARED_GROUPS of the same groups of one breakdown (the total is no breakdown), in one area and
 * one survey, with at most MAX_PARTNERS b for each a there. Ordered by a, then b (catalogue order),
 * latest wave first, then region and breakdown.
 */
export function comparePairs(rows: readonly PairingRow[], order: PairingOrder): ComparePair[] {
	const cells = new Map<string, { pair: Omit<ComparePair, 'a' | 'b'>; x: number; groups: Map<string, Set<string>> }>();
	for (const o of rows) {
		if (!o.preferred || o.breakdown === 'total') continue;
		const key = JSON.stringify([o.survey, o.wave, o.region, o.breakdown]);
		let cell = cells.get(key);
		if (!cell) {
			const pair = { breakdown: o.breakdown, wave: o.wave, region: o.region, survey: o.survey };
			cells.set(key, (cell = { pair, x: o.x ?? -Infinity, groups: new Map() }));
		}
		const groups = cell.groups.get(o.indicator) ?? new Set<string>();
		groups.add(o.group);
		cell.groups.set(o.indicator, groups);
	}
	const rank = (table: Readonly<Record<string, number>>, code: string) => table[code] ?? 999;
	const pairs: (ComparePair & { x: number })[] = [];
	for (const { pair, x, groups } of cells.values()) {
		const members = [...groups].sort(([a], [b]) => rank(order.indicators, a) - rank(order.indicators, b));
		for (const [a, ga] of members) {
			let partners = 0;
			for (const [b, gb] of members) {
				if (partners === MAX_PARTNERS) break;
				if (a === b) continue;
				const shared = [...ga].filter((g) => gb.has(g)).length;
				if (shared >= MIN_SHARED_GROUPS) {
					pairs.push({ a, b, ...pair, x });
					partners++;
				}
			}
		}
	}
	pairs.sort(
		(p, q) =>
			rank(order.indicators, p.a) - rank(order.indicators, q.a) ||
			rank(order.indicators, p.b) - rank(order.indicators, q.b) ||
			q.x - p.x ||
			rank(order.regions, p.region) - rank(order.regions, q.region) ||
			rank(order.breakdowns, p.breakdown) - rank(order.breakdowns, q.breakdown) ||
			(p.wave < q.wave ? -1 : p.wave > q.wave ? 1 : 0)
	);
	return pairs.map(({ x: _x, ...p }) => p);
}

/** The URL's parameters, in their fixed order, and the pair field each one sets. */
export const compareParams = [
	['a', 'a'],
	['b', 'b'],
	['split', 'breakdown'],
	['year', 'wave'],
	['region', 'region']
] as const satisfies readonly (readonly [string, keyof ComparePair])[];

type Param = (typeof compareParams)[number][0];
const fieldOf = Object.fromEntries(compareParams) as Record<Param, keyof ComparePair>;
const isParam = (name: string): name is Param => name in fieldOf;

export const samePair = (p: ComparePair, q: ComparePair) =>
	p.a === q.a && p.b === q.b && p.breakdown === q.breakdown && p.wave === q.wave && p.region === q.region;

/**
 * The pair nearest to `wanted`: the fields are kept in the URL's order (a, b, breakdown, wave,
 * region) as long as some pair has them; a field no remaining pair has is dropped (and reported).
 * `prefer` breaks ties when it is still a candidate. Returns null only when `pairs` is empty.
 */
export function nearestPair(
	pairs: readonly ComparePair[],
	wanted: Partial<ComparePair>,
	prefer?: ComparePair
): { pair: ComparePair | null; dropped: (keyof ComparePair)[] } {
	let candidates = pairs;
	const dropped: (keyof ComparePair)[] = [];
	for (const [, field] of compareParams) {
		const value = wanted[field];
		if (value === undefined) continue;
		const narrowed = candidates.filter((p) => p[field] === value);
		if (narrowed.length > 0) candidates = narrowed;
		else dropped.push(field);
	}
	const preferred = prefer && candidates.find((p) => samePair(p, prefer));
	return { pair: preferred ?? candidates[0] ?? null, dropped };
}

export interface ParsedCompareState {
	pair: ComparePair;
	ignored: IgnoredParam[];
}

const MAX_PARAM_NAME = 40;

/** The pair a query string asks for; unknown, repeated or invalid parameters are ignored and reported. */
export function parseCompareState(
	search: URLSearchParams,
	pairs: readonly ComparePair[],
	fallback: ComparePair
): ParsedCompareState {
	const wanted: Partial<ComparePair> = {};
	const ignored: IgnoredParam[] = [];
	const report = (param: string, reason: IgnoredParam['reason']) => {
		if (!ignored.some((i) => i.param === param)) ignored.push({ param, reason });
	};
	for (const [rawName, value] of search) {
		const name = rawName.slice(0, MAX_PARAM_NAME);
		if (!isParam(name)) report(name, 'unknown');
		else if (wanted[fieldOf[name]] !== undefined) report(name, 'repeated');
		else wanted[fieldOf[name]] = value;
	}
	// Without a, the page's own pair is the starting point of the other parameters.
	const start = wanted.a === undefined ? { ...wanted, a: fallback.a } : wanted;
	const { pair, dropped } = nearestPair(pairs, start, fallback);
	for (const [param, field] of compareParams) if (dropped.includes(field)) report(param, 'invalid');
	return { pair: pair ?? fallback, ignored };
}

/**
 * Canonical query string of a pair: a and b always, the other parameters only where they differ from
 * the first pair of a and b (so a shared link stays short and keeps its meaning).
 */
export function serializeCompareState(pair: ComparePair, pairs: readonly ComparePair[]): string {
	const first = pairs.find((p) => p.a === pair.a && p.b === pair.b);
	const params = new URLSearchParams();
	for (const [param, field] of compareParams)
		if (field === 'a' || field === 'b' || first?.[field] !== pair[field]) params.set(param, pair[field]);
	return `?${params.toString()}`;
}

/** The distinct values of `field` among the pairs that match `fixed`, in the pairs' order. */
export function choices(
	pairs: readonly ComparePair[],
	field: keyof ComparePair,
	fixed: Partial<ComparePair>
): string[] {
	const matching = pairs.filter((p) =>
		(Object.entries(fixed) as [keyof ComparePair, string][]).every(([k, v]) => p[k] === v)
	);
	return [...new Set(matching.map((p) => p[field]))];
}

/**
 * The default pair of each topic: the first pair whose first indicator is of that topic, preferring
 * a second indicator of `partnerTopic(topic)` (activity next to mental health, and back).
 */
export function topicDefaults(
	pairs: readonly ComparePair[],
	topicOf: (id: string) => string | undefined,
	topics: readonly string[],
	partnerTopic: (topic: string) => string | undefined
): { topic: string; pair: ComparePair }[] {
	return topics.flatMap((topic) => {
		const own = pairs.filter((p) => topicOf(p.a) === topic);
		const partner = partnerTopic(topic);
		const pair = own.find((p) => partner !== undefined && topicOf(p.b) === partner) ?? own[0];
		return pair ? [{ topic, pair }] : [];
	});
}
