/**
 * Whether a published value (as text, decimal point ".") appears in the sentence it was read from.
 * The quote may write the decimal mark as ".", "," or "·" (The Lancet) and group thousands with
 * ".", ",", a space or a (narrow) no-break space: "34,9" matches 34.9, "3.845" matches 3845.
 * No word boundaries: some quotes are table rows whose cells run together.
 */
export function valueAppearsInQuote(valueText: string, quote: string): boolean {
	const negative = valueText.startsWith('-');
	const [integerPart = '', fraction] = valueText.replace(/^-/, '').split('.');
	const groups: string[] = [];
	for (let end = integerPart.length; end > 0; end -= 3) groups.unshift(integerPart.slice(Math.max(0, end - 3), end));
	let pattern = groups.join('[., \u00a0\u202f]?');
	if (fraction !== undefined) pattern += `[.,\u00b7]${fraction}`;
	if (negative) pattern = `[-\u2212\u2013]\\s?${pattern}`;
	return new RegExp(pattern).test(quote);
}
