// Every text a reader reads comes in nl, fr and en: a translated column given in one language
// must be given in all three, so no page falls back to another language.
import * as msg from './messages.ts';

const langSuffixes = ['nl', 'fr', 'en'] as const;

/**
 * The columns of `base` that are empty in a row where another language of `base` is filled.
 * @example missingTranslations({ note_nl: 'x', note_fr: '', note_en: 'y' }, ['note']) → ['note_fr']
 */
export function missingTranslations(row: Record<string, unknown>, bases: readonly string[]): string[] {
	return bases.flatMap((base) => {
		const filled = (l: string) => {
			const v = row[`${base}_${l}`];
			return v !== null && v !== undefined && v !== '';
		};
		return langSuffixes.some(filled) ? langSuffixes.filter((l) => !filled(l)).map((l) => `${base}_${l}`) : [];
	});
}

/** One problem per missing translation, in the validator's `column: message` form. */
export function translationProblems(
	row: Record<string, unknown>,
	bases: readonly string[]
): { column: string; message: string }[] {
	return missingTranslations(row, bases).map((column) => ({ column, message: msg.missingTranslation() }));
}
