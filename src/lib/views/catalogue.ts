// The catalogue page: every indicator grouped by topic, with its headline value (the latest national
// total, or the total of the one area it covers, named, with its †), what it can be split by, and
// the look-alikes of its concept (its `concept`, else its `series`) with what sets each apart. Search and filters run
// on the words prepared here (searchWords), so the page only matches.
import { observationsByIndicator } from '../data/by-indicator.ts';
import { labelIn } from '../data/select.ts';
import { topics, type Topic } from '../data/codes.ts';
import type { Indicator, Observation } from '../data/schema.ts';
import type { Catalogue } from '../data/validate.ts';
import { formatValue } from '../format/number.ts';
import type { Lang } from '../i18n/langs.ts';
import { t } from '../i18n/messages.ts';
import { FLAG_MARK } from './flag-notes.ts';
import { belgianRegionCodes } from './view-context.ts';

/** What the catalogue can filter on: the breakdowns a reader asks for, and "region" for the three regions. */
export const filterBreakdowns = ['sex', 'age', 'education', 'income', 'region'] as const;
export type FilterBreakdown = (typeof filterBreakdowns)[number];
export const filterAreas = ['belgium', 'flanders', 'international'] as const;
export const filterModes = ['face_to_face', 'online'] as const;

export interface CatalogueEntry {
	id: string;
	label: string;
	definition: string;
	geography: string;
	/** "34,9 % (2023, België)", with † when flagged; null when no total is published. */
	latest: string | null;
	/** The flag labels of that value, for the line under it. */
	latestFlags: string[];
	breakdowns: FilterBreakdown[];
	area: Indicator['geography'];
	modes: string[];
	/** What sets it apart from its look-alikes: instrument, population, mode, waves. */
	distinction: string;
	/** Normalised words of label, definition, instrument, population, breakdowns and area, in the page's language. */
	searchWords: string[];
}

export interface ConceptGroup {
	/** The concept's (or series') label: what the look-alikes all measure; null for an indicator alone. */
	concept: string | null;
	/** `concept:<code>` or `series:<id>`: the same in every topic the look-alikes are in. */
	key: string | null;
	entries: CatalogueEntry[];
}

export interface CatalogueGroup {
	topic: Topic;
	title: string;
	concepts: ConceptGroup[];
}

/** Lower case, accents removed: "Opleidingsniveau" and "opleidingsniveau", "dépression" and "depression" match. */
export const normalise = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
export const wordsOf = (s: string) =>
	normalise(s)
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);

/** Every query word is the start of one of the entry's words ("opleid" finds "opleidingsniveau"). */
export function matches(entry: Pick<CatalogueEntry, 'searchWords'>, query: string): boolean {
	return wordsOf(query).every((q) => entry.searchWords.some((w) => w.startsWith(q)));
}

const areaRegion: Record<Indicator['geography'], string> = {
	belgium: 'BE',
	flanders: 'BE-VLG',
	international: 'BE',
	local: 'BE' // a local indicator of one area shows that area (below)
};

/** The headline total: latest wave of the area the indicator covers (its national total for Belgium). */
function headline(indicator: Indicator, rows: readonly Observation[]): Observation | undefined {
	const totals = rows.filter((o) => o.preferred && o.breakdown === 'total' && o.year !== null);
	// Never another area's figure in its place: an indicator published only per region shows none here.
	const areas = new Set(totals.map((o) => o.region));
	const area = indicator.geography === 'local' && areas.size === 1 ? [...areas][0] : areaRegion[indicator.geography];
	const own = totals.filter((o) => o.region === area);
	return own.sort((a, b) => (b.year ?? 0) - (a.year ?? 0))[0];
}

export function catalogueView(catalogue: Catalogue, lang: Lang): CatalogueGroup[] {
	const byIndicator = observationsByIndicator(catalogue);
	const dimension = (kind: string, code: string) =>
		catalogue.dimensions.find((d) => d.dimension === kind && d.code === code)?.[`label_${lang}`] ?? code;
	const modeOf = new Map(catalogue.surveys.map((s) => [s.id, s.mode]));
	const seriesLabel = new Map(catalogue.series.map((s) => [s.id, labelIn(s, lang)]));
	/** What an indicator's look-alikes share: its concept, else its series (a series has one concept). */
	const lookAlikeKey = (i: Indicator) => (i.concept ? `concept:${i.concept}` : i.series ? `series:${i.series}` : null);
	const keyLabel = (key: string) =>
		key.startsWith('concept:') ? dimension('concept', key.slice(8)) : (seriesLabel.get(key.slice(7)) ?? null);
	const keyCount = new Map<string, number>();
	for (const i of catalogue.indicators) {
		const key = lookAlikeKey(i);
		if (key) keyCount.set(key, (keyCount.get(key) ?? 0) + 1);
	}

	const entry = (i: Indicator): CatalogueEntry => {
		const rows = byIndicator.get(i.id) ?? [];
		const preferred = rows.filter((o) => o.preferred);
		const latest = headline(i, rows);
		const breakdowns = filterBreakdowns.filter((b) =>
			b === 'region'
				? new Set(
						preferred.filter((o) => (belgianRegionCodes as readonly string[]).includes(o.region)).map((o) => o.region)
					).size > 1
				: preferred.some((o) => o.breakdown === b)
		);
		const modes = [...new Set(preferred.map((o) => modeOf.get(o.survey) ?? 'not_stated'))].sort();
		const years = preferred.map((o) => o.year).filter((y): y is number => y !== null);
		const span = years.length
			? `${Math.min(...years)}${Math.max(...years) > Math.min(...years) ? `–${Math.max(...years)}` : ''}`
			: '';
		const instrument = i[`instrument_${lang}`];
		const population = i[`population_${lang}`];
		const modeText = modes
			.filter((m) => m !== 'not_stated')
			.map((m) => t(lang, `mode_short_${m as Exclude<typeof m, 'not_stated'>}`));
		const breakdownNames = breakdowns.map((b) =>
			b === 'region' ? t(lang, 'filter_region') : dimension('breakdown', b)
		);
		return {
			id: i.id,
			label: labelIn(i, lang),
			definition: i[`definition_${lang}`],
			geography: t(lang, `geography_${i.geography}`),
			latest: latest
				? `${formatValue(latest.value, latest.decimals, i.unit, lang)}${latest.flags.length ? ` ${FLAG_MARK}` : ''} (${latest.year}, ${dimension('region', latest.region)})`
				: null,
			latestFlags: latest?.flags.map((f) => dimension('flag', f)) ?? [],
			breakdowns,
			area: i.geography,
			modes,
			distinction: [instrument, population, ...modeText, span].filter(Boolean).join(', '),
			searchWords: [
				...new Set(
					[
						labelIn(i, lang),
						i[`definition_${lang}`],
						instrument,
						population,
						t(lang, `geography_${i.geography}`),
						...breakdownNames,
						...modeText
					].flatMap(wordsOf)
				)
			]
		};
	};

	return topics
		.map((topic) => {
			const entries = catalogue.indicators
				.filter((i) => i.topic === topic)
				.map((i) => ({ indicator: i, entry: entry(i) }))
				.sort((a, b) => a.entry.label.localeCompare(b.entry.label, lang));
			// Look-alikes sit together under their concept, at the place of the first of them. One whose
			// look-alikes are all in other topics still names the concept (its page links to them).
			const concepts: ConceptGroup[] = [];
			const byKey = new Map<string, ConceptGroup>();
			for (const { indicator, entry: e } of entries) {
				const key = lookAlikeKey(indicator);
				if (key && (keyCount.get(key) ?? 0) > 1) {
					const group = byKey.get(key) ?? { concept: keyLabel(key), key, entries: [] };
					if (!byKey.has(key)) concepts.push(group);
					byKey.set(key, group);
					group.entries.push(e);
				} else concepts.push({ concept: null, key: null, entries: [e] });
			}
			return { topic, title: t(lang, `topic_${topic}`), concepts };
		})
		.filter((g) => g.concepts.length > 0);
}

/** Each indicator's concept key, and each key's entries in catalogue order, per catalogue view. */
const conceptIndexes = new WeakMap<
	readonly CatalogueGroup[],
	{ keyOf: Map<string, string>; entriesOf: Map<string, CatalogueEntry[]> }
>();

/**
 * The other indicators of an indicator's concept (or series), in every topic, with what sets each
 * apart (for its page). Indexed once per catalogue view: a scan of the whole catalogue for each
 * indicator page made the build quadratic in the catalogue (issue #13).
 */
export function lookAlikes(groups: readonly CatalogueGroup[], id: string): CatalogueEntry[] {
	let index = conceptIndexes.get(groups);
	if (!index) {
		index = { keyOf: new Map(), entriesOf: new Map() };
		for (const c of groups.flatMap((g) => g.concepts)) {
			if (c.key === null) continue;
			const entries = index.entriesOf.get(c.key);
			if (entries) entries.push(...c.entries);
			else index.entriesOf.set(c.key, [...c.entries]);
			for (const e of c.entries) if (!index.keyOf.has(e.id)) index.keyOf.set(e.id, c.key);
		}
		conceptIndexes.set(groups, index);
	}
	const key = index.keyOf.get(id);
	return key ? (index.entriesOf.get(key) ?? []).filter((e) => e.id !== id) : [];
}
