// What a resolved story holds: its blocks with every number filled from data/, ready for a page.
import type { Unit } from '../data/schema.ts';
import type { Lang } from '../i18n/langs.ts';
import type { ViewState } from '../state/view-state.ts';
import type { PageObservation } from '../views/indicator-data.ts';
import type { IndicatorView } from '../views/indicator-view.ts';
import type { FlagNote, SourceRef } from '../views/types.ts';

export interface ResolvedHeading {
	kind: 'heading';
	id: string;
	text: string;
}

export interface ResolvedText {
	kind: 'text';
	text: string;
	sources: SourceRef[];
	links: { href: string; label: string }[];
}

export interface ResolvedFigure {
	kind: 'figure';
	/** Unique on the page: prefix of the chart's element ids. */
	id: string;
	indicator: string;
	breakdown: string;
	state: ViewState;
	unit: Unit;
	label: string;
	population: string;
	instrument: string;
	view: IndicatorView;
	note: string | null;
	embedPath: string;
	fullViewPath: string;
	downloads: { csv: string; json: string };
}

export interface ResolvedFact {
	kind: 'fact';
	id: string;
	indicator: string;
	sentence: string;
	/** The formatted value inside the sentence. */
	value: string;
	unit: Unit;
	flags: FlagNote[];
	sourceLine: string;
	source: SourceRef | null;
	fullViewPath: string;
	/** The one row the sentence was filled from. */
	row: PageObservation;
}

export type ResolvedBlock = ResolvedHeading | ResolvedText | ResolvedFigure | ResolvedFact;

export interface ResolvedStory {
	slug: string;
	lang: Lang;
	title: string;
	lead: string;
	blocks: ResolvedBlock[];
	/** Every source a chart, fact or paragraph of the story relies on, once. */
	sources: SourceRef[];
}

export interface StorySummary {
	slug: string;
	title: string;
	lead: string;
	figures: number;
}

/** Which embeds exist (src/lib/server/pages.ts `embedStates`), passed in to keep this module pure. */
export type EmbedStates = (id: string, breakdown: string) => ViewState[];

export class StoryError extends Error {
	constructor(slug: string, where: string, what: string) {
		super(`story "${slug}", ${where}: ${what}`);
		this.name = 'StoryError';
	}
}
