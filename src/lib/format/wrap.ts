/**
 * Greedy word wrap: each word joins the current line while `fits(line)` still holds, else starts the
 * next one; a word that fits no line stays alone on its own. The measure is the caller's (glyph
 * widths for chart text, characters for exported images).
 */
export function wrapWords(text: string, fits: (line: string) => boolean): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (line && !fits(candidate)) {
			lines.push(line);
			line = word;
		} else line = candidate;
	}
	if (line) lines.push(line);
	return lines;
}
