// Server-rendered SVG cannot measure text, so estimate label widths from average glyph widths
// (as a share of the font size) of a sans-serif font; wide enough for the system fonts we use.
const narrow = new Set("iIl.,:;|!'’ ()[]".split(''));
const wide = new Set('mwMW@%'.split(''));

export function estimateTextWidth(text: string, fontSize: number): number {
	let em = 0;
	for (const ch of text)
		em += narrow.has(ch) ? 0.3 : wide.has(ch) ? 0.85 : ch === ch.toUpperCase() && ch !== ch.toLowerCase() ? 0.68 : 0.56;
	return em * fontSize;
}
