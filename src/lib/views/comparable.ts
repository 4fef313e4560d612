// Whether two published values may be compared in a sentence or joined by a line. DESIGN.md: only
// when they share instrument, age base, standardisation, survey mode and category definition.
// Sentences (sentences.ts) and trend segments (trend-view.ts) both ask this one function.

/** What decides comparability, for one published value. */
export interface ComparableFacts {
	/** The indicator id: one indicator has one category definition. */
	indicator: string;
	instrument: string;
	ageBase: string;
	standardisation: string;
	/** The survey's mode (face_to_face, online, …). */
	mode: string;
}

export type NotComparableReason = 'instrument' | 'definition' | 'age_base' | 'standardisation' | 'survey_mode';

export interface NotComparable {
	reason: NotComparableReason;
	/** The two differing values, as published (age bases, instruments); codes for the others. */
	a: string;
	b: string;
}

const checks: [NotComparableReason, (f: ComparableFacts) => string][] = [
	['instrument', (f) => f.instrument],
	['age_base', (f) => f.ageBase],
	['standardisation', (f) => f.standardisation],
	['survey_mode', (f) => f.mode],
	['definition', (f) => f.indicator]
];

/**
 * null when `a` and `b` may be compared; otherwise the first reason they may not.
 * @example comparable({ …, ageBase: '15+' }, { …, ageBase: '18+' }) // { reason: 'age_base', a: '15+', b: '18+' }
 */
export function comparable(a: ComparableFacts, b: ComparableFacts): NotComparable | null {
	for (const [reason, get] of checks) if (get(a) !== get(b)) return { reason, a: get(a), b: get(b) };
	return null;
}
