// The notes that explain † marks: one per distinct (flag labels, note), naming every value it applies
// to. Keyed by that pair, so a list never holds two notes with one key (Svelte keys them).
import type { FlagNote } from './types.ts';

/** One flagged value: its flag labels in the page language, its note, and what it is ("Brussel 2018"). */
export interface FlaggedValue {
	labels: string[];
	note: string | null;
	subject: string;
}

export const FLAG_MARK = '†';

export function flagNotes(values: readonly FlaggedValue[]): FlagNote[] {
	const notes = new Map<string, FlagNote>();
	for (const { labels, note, subject } of values) {
		if (labels.length === 0) continue;
		const key = `${labels.join('|')}|${note ?? ''}`;
		const same = notes.get(key);
		if (!same) notes.set(key, { key, marker: FLAG_MARK, labels, note, subject });
		else if (!same.subject.split(', ').includes(subject)) same.subject = `${same.subject}, ${subject}`;
	}
	return [...notes.values()];
}
