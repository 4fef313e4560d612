// The code lists of data/ (units, topics, …) without zod, so a page's client code can use them
// (issue #13: zod stays on the build side). schema.ts builds its cell types from them.

export const units = [
	'percent',
	'hours_per_day',
	'percentage_points',
	'ratio',
	'score_0_10',
	'percent_reduction',
	'percent_of_association',
	'count',
	'per_1000',
	'mean_count',
	'million_eur'
] as const;
export type Unit = (typeof units)[number];

export const topics = ['physical_activity', 'sitting', 'intention', 'mental_health', 'international', 'programme'] as const;
export type Topic = (typeof topics)[number];

export const standardisations = ['crude', 'age_standardised', 'not_stated', 'not_applicable'] as const;
export const ageBaseSources = ['stated', 'survey_default', 'inferred', 'not_stated'] as const;
/** `concept`: what look-alike indicators all measure (an indicator's `concept` column names one). */
export const dimensionKinds = ['region', 'breakdown', 'group', 'flag', 'concept'] as const;
export const sourceKinds = ['primary', 'secondary'] as const;
export const surveyModes = ['face_to_face', 'online', 'model', 'register', 'mixed', 'not_stated'] as const;
export const geographies = ['belgium', 'flanders', 'international', 'local'] as const;
/** Languages a source title may be written in. */
export const langCodes = ['nl', 'fr', 'en'] as const;
