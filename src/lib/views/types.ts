import type { Unit } from '../data/schema.ts';
import type { BarDatum } from '../charts/bar/types.ts';

export interface SourceRef {
	id: string;
	/** In the source's own language, `titleLang`. */
	title: string;
	titleLang: string;
	/** The kind of document, in the page's language ("persbericht, 10 juli 2025"), or null. */
	annotation: string | null;
	publisher: string;
	url: string;
	secondary: boolean;
	licence: string;
	year: number | null;
}

/** A flag on a shown value: its label in the page language and the English note explaining it. */
export interface FlagNote {
	/** Unique within a list of notes (flag-notes.ts builds it from the labels and the note). */
	key: string;
	marker: string;
	labels: string[];
	note: string | null;
	/** Every value the note applies to, joined with ", " ("Brussel 2018, Wallonië 2018"). */
	subject: string;
	/** The same values, one each: what the summary line counts. */
	subjects: string[];
}

export interface TableRow {
	key: string;
	label: string;
	wave: string;
	display: string;
	ci: string;
	n: string;
	source: string;
	flagged: boolean;
	/** A second source for a cell that has a preferred row: listed, never charted. */
	alsoReported: boolean;
}

export interface ChartView {
	id: string;
	title: string;
	description: string;
	unit: Unit;
	data: BarDatum[];
	table: TableRow[];
	sourceLine: string;
	flags: FlagNote[];
}
