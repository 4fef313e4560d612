// Build-time validation of the data catalogue: pure (bytes in, catalogue or problems out), so it
// can be tested without a file system. Every problem is collected; nothing stops at the first.
import type { z } from 'zod';
import * as msg from './messages.ts';
import {
	fileSchemas,
	observationSchema,
	translatedColumns,
	type DashboardTile,
	type Dimension,
	type Indicator,
	type Observation,
	type Series,
	type Source,
	type Survey
} from './schema.ts';
import { dashboardProblems } from './dashboard.ts';
import { valueAppearsInQuote } from './quote-match.ts';
import { translationProblems } from './translations.ts';
import { checkUnique, readFile, type DataFile, type Located, type Problem } from './read-file.ts';

export { formatProblem, type DataFile, type Problem } from './read-file.ts';

export interface Catalogue {
	indicators: Indicator[];
	series: Series[];
	surveys: Survey[];
	dimensions: Dimension[];
	sources: Source[];
	observations: Observation[];
	/** The home page's tiles, in file order. */
	dashboard: DashboardTile[];
}

export interface ValidationResult {
	catalogue: Catalogue | null;
	problems: Problem[];
}

/** An indicator's concept is defined, shared by at least two indicators, and the same for a whole series. */
function conceptProblems(indicators: Located<Indicator>[], concepts: Set<string>): Problem[] {
	const problems: Problem[] = [];
	const members = new Map<string, number>();
	const ofSeries = new Map<string, { concept: string; line: number }>();
	for (const { record } of indicators) if (record.concept) members.set(record.concept, (members.get(record.concept) ?? 0) + 1);
	for (const { file, line, record } of indicators) {
		const concept = record.concept ?? '';
		if (record.concept !== null && !concepts.has(record.concept))
			problems.push({ file, line, column: 'concept', message: msg.unknownReference(record.concept, 'dimensions.csv (concept)') });
		else if (record.concept !== null && members.get(record.concept) === 1)
			problems.push({ file, line, column: 'concept', message: msg.lonelyConcept(record.concept) });
		if (record.series === null) continue;
		const first = ofSeries.get(record.series);
		if (!first) ofSeries.set(record.series, { concept, line });
		else if (first.concept !== concept)
			problems.push({ file, line, column: 'concept', message: msg.seriesConceptClash(record.series, concept, first.concept, first.line) });
	}
	return problems;
}

export function validateCatalogue(files: DataFile[], dataDirLabel = 'data'): ValidationResult {
	const problems: Problem[] = [];
	const show = (p: string) => `${dataDirLabel}/${p}`;
	const byPath = new Map(files.map((f) => [f.path, f]));

	function fixed<K extends keyof typeof fileSchemas>(name: K) {
		const file = byPath.get(name);
		if (!file) {
			problems.push({ file: show(name), line: 1, column: '(file)', message: msg.missingFile() });
			return [];
		}
		return readFile(file, show(name), fileSchemas[name], problems);
	}
	const indicators = fixed('indicators.csv');
	const series = fixed('series.csv');
	const surveys = fixed('surveys.csv');
	const dimensions = fixed('dimensions.csv');
	const sources = fixed('sources.csv');
	const dashboard = fixed('dashboard.csv');

	const observationFiles = files.filter((f) => f.path.startsWith('observations/') && f.path.endsWith('.csv'));
	if (observationFiles.length === 0)
		problems.push({ file: show('observations/'), line: 1, column: '(file)', message: msg.noObservationFiles() });
	const observations = observationFiles
		.sort((a, b) => a.path.localeCompare(b.path))
		.flatMap((f) => readFile(f, show(f.path), observationSchema, problems));

	const translated: [Located<object>[], readonly string[]][] = [
		[indicators, translatedColumns['indicators.csv']],
		[series, translatedColumns['series.csv']],
		[surveys, translatedColumns['surveys.csv']],
		[dimensions, translatedColumns['dimensions.csv']],
		[sources, translatedColumns['sources.csv']],
		[observations, translatedColumns.observations]
	];
	for (const [rows, bases] of translated)
		for (const { file, line, record } of rows)
			for (const p of translationProblems(record as Record<string, unknown>, bases)) problems.push({ file, line, ...p });

	checkUnique(indicators, (r) => r.id, 'id', problems);
	checkUnique(series, (r) => r.id, 'id', problems);
	checkUnique(surveys, (r) => r.id, 'id', problems);
	checkUnique(sources, (r) => r.id, 'id', problems);
	checkUnique(dimensions, (r) => `${r.dimension}/${r.parent ?? ''}/${r.code}`, 'code', problems);

	const seriesIds = new Set(series.map((s) => s.record.id));
	for (const { file, line, record } of indicators)
		if (record.series !== null && !seriesIds.has(record.series))
			problems.push({ file, line, column: 'series', message: msg.unknownReference(record.series, 'series.csv') });

	const codes = (kind: Dimension['dimension']) =>
		new Set(dimensions.filter((d) => d.record.dimension === kind).map((d) => d.record.code));
	problems.push(...conceptProblems(indicators, codes('concept')));
	const breakdowns = codes('breakdown');
	for (const { file, line, record } of dimensions)
		if (record.dimension === 'group' && (record.parent === null || !breakdowns.has(record.parent)))
			problems.push({ file, line, column: 'parent', message: msg.unknownReference(record.parent ?? '', 'dimensions.csv (breakdown)') });

	checkObservations(observations, { indicators, surveys, sources, dimensions }, codes, problems);
	const totals = observations.filter(({ record: o }) => o.preferred && o.breakdown === 'total' && o.group === 'total');
	const totalKeys = new Set(totals.map(({ record: o }) => `${o.indicator}|${o.region}`));
	problems.push(...dashboardProblems(dashboard, { indicators, dimensions, totals: totalKeys }));

	problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
	if (problems.length > 0) return { catalogue: null, problems };
	return {
		catalogue: {
			indicators: indicators.map((r) => r.record),
			series: series.map((r) => r.record),
			surveys: surveys.map((r) => r.record),
			dimensions: dimensions.map((r) => r.record),
			sources: sources.map((r) => r.record),
			// Turned into observations in place, not copied: a 100,000-row catalogue held twice at this
			// point set the validation's peak memory (issue #14). Same keys, in the same order.
			observations: observations.map(({ file, line, record }) => {
				const { value, text, decimals } = record.value;
				return Object.assign(record, { value, valueText: text, decimals, file, line }) as Observation;
			}),
			dashboard: dashboard.map((r) => r.record)
		},
		problems
	};
}

function checkObservations(
	observations: Located<z.output<typeof observationSchema>>[],
	refs: {
		indicators: Located<Indicator>[];
		surveys: Located<Survey>[];
		sources: Located<Source>[];
		dimensions: Located<Dimension>[];
	},
	codes: (kind: Dimension['dimension']) => Set<string>,
	problems: Problem[]
): void {
	const indicatorById = new Map(refs.indicators.map((r) => [r.record.id, r.record]));
	const surveyIds = new Set(refs.surveys.map((r) => r.record.id));
	const sourceIds = new Set(refs.sources.map((r) => r.record.id));
	const regions = codes('region');
	const breakdowns = codes('breakdown');
	const flags = codes('flag');
	const groups = new Set(
		refs.dimensions.filter((d) => d.record.dimension === 'group').map((d) => `${d.record.parent}/${d.record.code}`)
	);
	const preferredKeys = new Map<string, number>();
	const seriesCells = new Map<string, { indicator: string; line: number }>();

	for (const { file, line, record: o } of observations) {
		const add = (column: string, message: string) => problems.push({ file, line, column, message });
		const indicator = indicatorById.get(o.indicator);
		if (!indicator) add('indicator', msg.unknownReference(o.indicator, 'indicators.csv'));
		if (!surveyIds.has(o.survey)) add('survey', msg.unknownReference(o.survey, 'surveys.csv'));
		if (!sourceIds.has(o.source)) add('source', msg.unknownReference(o.source, 'sources.csv'));
		if (!regions.has(o.region)) add('region', msg.unknownReference(o.region, 'dimensions.csv (region)'));
		if (!breakdowns.has(o.breakdown)) add('breakdown', msg.unknownReference(o.breakdown, 'dimensions.csv (breakdown)'));
		else if (!groups.has(`${o.breakdown}/${o.group}`)) add('group', msg.unknownGroup(o.group, o.breakdown));
		for (const flag of o.flags) if (!flags.has(flag)) add('flags', msg.unknownReference(flag, 'dimensions.csv (flag)'));

		const value = o.value.value;
		if (indicator?.unit === 'percent' && (value < 0 || value > 100)) add('value', msg.outsidePercent(value));
		if ((o.ci_low === null) !== (o.ci_high === null)) add(o.ci_low === null ? 'ci_low' : 'ci_high', msg.ciHalf());
		else if (o.ci_low !== null && o.ci_high !== null && !(o.ci_low <= value && value <= o.ci_high))
			add('ci_low', msg.ciOrder(o.ci_low, value, o.ci_high));
		checkProvenance(o, add);

		if (!o.preferred) continue;
		const key = `(${o.indicator}, ${o.survey}, ${o.region}, ${o.breakdown}, ${o.group}, ${o.age_base})`;
		const first = preferredKeys.get(key);
		if (first !== undefined) add('preferred', msg.duplicatePreferred(key, first));
		else preferredKeys.set(key, line);

		if (indicator?.series && o.year !== null) {
			const cell = `${indicator.series}|${o.year}|${o.region}|${o.breakdown}|${o.group}`;
			const other = seriesCells.get(cell);
			if (other && other.indicator !== o.indicator) add('indicator', msg.seriesCellClash(indicator.series, other.indicator, other.line));
			else if (!other) seriesCells.set(cell, { indicator: o.indicator, line });
		}
	}
}

/** A quoted row must contain its value in the quote; a table row must name file, checksum and row. */
function checkProvenance(o: z.output<typeof observationSchema>, add: (column: string, message: string) => void): void {
	const table = { source_table: o.source_table, source_table_sha256: o.source_table_sha256, source_row: o.source_row };
	const fromTable = Object.values(table).some((v) => v !== null);
	if (o.source_quote !== null && fromTable) add('source_table', msg.twoProvenances());
	else if (fromTable) {
		for (const [column, v] of Object.entries(table)) if (v === null) add(column, msg.tableFieldMissing());
	} else if (o.source_quote === null) add('source_quote', msg.noProvenance());
	else if (!valueAppearsInQuote(o.value.text, o.source_quote)) add('value', msg.valueNotInQuote(o.value.text));
}
