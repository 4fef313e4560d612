// The notes that explain † marks: one per distinct (flag labels, note), naming every value it applies
// to. Keyed by that pair, so a list never holds two notes with one key (Svelte keys them). Under a
// chart they are summed up first, one line per flag with the number of values it marks.
import type { FlagNote } from './types.ts';

/** One flagged value: its flag labels in the page language, its note, and what it is ("Brussel 2018"). */
export interface FlaggedValue {
	labels: string[];
	note: string | null;
	subject: string;
}

/** One line of the summary: a flag and how many distinct values carry it. */
export interface FlagSummary {
	label: string;
	count: number;
}

export const FLAG_MARK = '†';

export function flagNotes(values: readonly FlaggedValue[]): FlagNote[] {
	const notes = new Map<string, FlagNote>();
	for (const { labels, note, subject } of values) {
		if (labels.length === 0) continue;
		const key = `${labels.join('|')}|${note ?? ''}`;
		const same = notes.get(key);
		if (!same) notes.set(key, { key, marker: FLAG_MARK, labels, note, subject, subjects: [subject] });
		else if (!same.subjects.includes(subject)) {
			same.subjects.push(subject);
			same.subject = same.subjects.join(', ');
		}
	}
	return [...notes.values()];
}

/**
 * One line per flag label, in first-seen order, counting each value once however many notes name
 * it: four near-identical notes on "secondary source" become "† 4 values: secondary source".
 */
export function flagSummary(notes: readonly FlagNote[]): FlagSummary[] {
	const byLabel = new Map<string, Set<string>>();
	for (const n of notes)
		for (const label of n.labels) {
			const subjects = byLabel.get(label) ?? new Set<string>();
			for (const s of n.subjects) subjects.add(s);
			byLabel.set(label, subjects);
		}
	return [...byLabel].map(([label, subjects]) => ({ label, count: subjects.size }));
}
