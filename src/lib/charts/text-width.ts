// Server-rendered SVG cannot measure text, so estimate label widths from average glyph widths
// (as a share of the font size) of a sans-serif font; wide enough for the system fonts we use.
const narrow = new Set("iIl.,:;|!'’ ()[]".split(''));
const wide = new Set('mwMW@%'.split(''));

/**
 * Widths in em, by text: a build measures the same few thousand labels over and over (each chart's
 * placement tries many candidates), 0.3 s of the prerender (issue #13). Emptied when it grows past
 * MAX_CACHED so a long-lived page cannot grow it without bound.
 */
const emWidths = new Map<string, number>();
const MAX_CACHED = 10_000;

function emWidth(text: string): number {
	let em = 0;
	for (const ch of text)
		em += narrow.has(ch) ? 0.3 : wide.has(ch) ? 0.85 : ch === ch.toUpperCase() && ch !== ch.toLowerCase() ? 0.68 : 0.56;
	return em;
}

export function estimateTextWidth(text: string, fontSize: number): number {
	let em = emWidths.get(text);
	if (em === undefined) {
		if (emWidths.size >= MAX_CACHED) emWidths.clear();
		em = emWidth(text);
		emWidths.set(text, em);
	}
	return em * fontSize;
}
