// Stories: short pages read from top to bottom, made of prose, charts and single facts. Prose never
// carries a digit: every number on a story page comes from data/ through a chart (an indicator view)
// or a fact (one published row, formatted for the locale at build time).
import type { Lang } from '../i18n/langs.ts';
import type { ViewState } from '../state/view-state.ts';

export type Localized = Record<Lang, string>;

/** A paragraph of prose. No digits (a test enforces it); sources and links are rendered after it. */
export interface TextBlock {
	kind: 'text';
	text: Localized;
	/** Ids in data/sources.csv the paragraph relies on, listed after it as links. */
	sources?: string[];
	/** External links (only addresses that appear in the data sources). */
	links?: { href: string; label: Localized }[];
}

/** A section heading (an h2). No digits. */
export interface HeadingBlock {
	kind: 'heading';
	text: Localized;
}

/** A chart: one view of one indicator, drawn exactly as the explorer and the embed draw it. */
export interface FigureBlock {
	kind: 'figure';
	indicator: string;
	breakdown: string;
	/** The view; what is left out takes the indicator's default. Checked against its valid views. */
	state: Partial<ViewState>;
	/** An optional reading note under the chart (no digits). */
	note?: Localized;
}

/** Which single published row a fact reads. Only preferred rows are considered; exactly one must match. */
export interface FactSelect {
	survey?: string;
	/** A wave key: the year, an online wave's month (YYYY-MM) or a published period. */
	year?: string;
	region: string;
	breakdown: string;
	group: string;
	ageBase?: string;
}

/**
 * A sentence with one number. The template holds `{value}` and may hold `{year}`, `{place}`,
 * `{survey}`, `{group}`, `{population}`; all are filled from one row at build time.
 */
export interface FactBlock {
	kind: 'fact';
	indicator: string;
	select: FactSelect;
	template: Localized;
}

export type StoryBlock = TextBlock | HeadingBlock | FigureBlock | FactBlock;

export interface StoryDefinition {
	/** The same in every language. */
	slug: string;
	title: Localized;
	lead: Localized;
	blocks: StoryBlock[];
}
