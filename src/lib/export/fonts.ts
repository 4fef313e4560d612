// The typeface inside exported and social-preview images: Noto Sans (SIL OFL 1.1), subset to the
// characters the site writes (scripts/subset-fonts.sh) and served from static/fonts/.

export const FONT_FAMILY = 'Noto Sans';

export const FONT_FILES = [
	{ file: 'NotoSans-Regular.subset.ttf', weight: 400 },
	{ file: 'NotoSans-Bold.subset.ttf', weight: 700 }
] as const;

/** The Unicode ranges kept by the subset: every character an image may show must fall in one. */
export const FONT_RANGES: readonly (readonly [number, number])[] = [
	[0x20, 0x7e],
	[0xa0, 0x17f],
	[0x2000, 0x206f],
	[0x20ac, 0x20ac],
	[0x2190, 0x2193],
	[0x2212, 0x2212],
	[0x2264, 0x2265]
];

export function fontCovers(text: string): boolean {
	return [...text].every((c) => {
		const code = c.codePointAt(0)!;
		return code === 0x0a || FONT_RANGES.some(([from, to]) => code >= from && code <= to);
	});
}
