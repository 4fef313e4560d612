// The rows of dashboard.csv (the home page's tiles) checked against the rest of the catalogue: a
// tile names a known indicator and region, a split the page knows how to draw, and has a figure.
import * as msg from './messages.ts';
import type { DashboardTile, Dimension, Indicator } from './schema.ts';

/** Splits that are not breakdown codes: the three Belgian regions, or Belgium beside the EU. */
export const regionSplits = ['region', 'europe'] as const;

interface Located<T> {
	file: string;
	line: number;
	record: T;
}

export interface DashboardRefs {
	indicators: Located<Indicator>[];
	dimensions: Located<Dimension>[];
	/** indicator|region of every preferred total row. */
	totals: Set<string>;
}

export function dashboardProblems(
	tiles: Located<DashboardTile>[],
	refs: DashboardRefs
): { file: string; line: number; column: string; message: string }[] {
	const problems: { file: string; line: number; column: string; message: string }[] = [];
	const indicators = new Set(refs.indicators.map((r) => r.record.id));
	const codes = (kind: string) =>
		new Set(refs.dimensions.filter((d) => d.record.dimension === kind).map((d) => d.record.code));
	const regions = codes('region');
	const breakdowns = codes('breakdown');
	const seen = new Map<string, number>();
	for (const { file, line, record: tile } of tiles) {
		const add = (column: string, message: string) => problems.push({ file, line, column, message });
		const known = indicators.has(tile.indicator);
		if (!known) add('indicator', msg.unknownReference(tile.indicator, 'indicators.csv'));
		if (!regions.has(tile.region)) add('region', msg.unknownReference(tile.region, 'dimensions.csv (region)'));
		else if (known && !refs.totals.has(`${tile.indicator}|${tile.region}`))
			add('region', msg.noTileFigure(tile.indicator, tile.region));
		const split = tile.split;
		if (split !== null && !(regionSplits as readonly string[]).includes(split) && !breakdowns.has(split))
			add('split', msg.unknownSplit(split));
		const key = `${tile.indicator}|${tile.region}`;
		const first = seen.get(key);
		if (first !== undefined) add('indicator', msg.duplicateKey(`(${tile.indicator}, ${tile.region})`, first));
		else seen.set(key, line);
	}
	return problems;
}
