// C10, the contrast axe cannot see (no wcag1411 rule): every colour token the charts draw with,
// read from src/app.css in light and dark, against the backgrounds a chart sits on (--bg for the
// page, --surface for the figure). Data marks, focus ring and no-data hatching need 3:1 (WCAG 1.4.11),
// text 4.5:1 (1.4.3). Relative luminance and contrast ratio as WCAG 2.x defines them, no dependency.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { themeTokens } from '../../src/lib/export/static-paint.ts';

const css = readFileSync(new URL('../../src/app.css', import.meta.url), 'utf8');

const { light, dark } = themeTokens(css);

/** sRGB hex (#rgb or #rrggbb) to relative luminance, WCAG 2.x. */
export function luminance(hex: string): number {
	const m = hex.trim().match(/^#([0-9a-f]{3}|[0-9a-f]{6})$/i);
	if (!m) throw new Error(`not a hex colour: ${hex}`);
	const h = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
	const [r, g, b] = [0, 2, 4].map((i) => {
		const c = parseInt(h.slice(i, i + 2), 16) / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrast(a: string, b: string): number {
	const [la, lb] = [luminance(a), luminance(b)];
	return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Marks: bars, lines and markers, the reference bar, the darkest map class, no-data hatching, the focus ring. */
const graphics = ['--data-1', '--data-2', '--data-3', '--data-reference', '--map-high', '--no-data', '--focus'];
const texts = ['--text', '--text-muted', '--link'];
const backgrounds = ['--bg', '--surface'];

describe('contrast helpers', () => {
	it('match the WCAG reference values', () => {
		expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
		expect(contrast('#fff', '#ffffff')).toBe(1);
	});
});

for (const [scheme, t] of [
	['light', light],
	['dark', dark]
] as const) {
	describe(`${scheme} tokens of src/app.css`, () => {
		it('are all found', () => {
			for (const name of [...graphics, ...texts, ...backgrounds, '--map-low', '--map-q1', '--map-q2', '--map-q3'])
				expect(t[name], name).toMatch(/^#[0-9a-f]{3,6}$/i);
			if (scheme === 'dark') expect(t['--bg']).not.toBe(light['--bg']);
		});

		for (const bg of backgrounds) {
			it.each(graphics)(`%s is at least 3:1 on ${bg}`, (name) => {
				expect(contrast(t[name]!, t[bg]!), `${name} ${t[name]} on ${bg} ${t[bg]}`).toBeGreaterThanOrEqual(3);
			});
			it.each(texts)(`%s is at least 4.5:1 on ${bg}`, (name) => {
				expect(contrast(t[name]!, t[bg]!), `${name} ${t[name]} on ${bg} ${t[bg]}`).toBeGreaterThanOrEqual(4.5);
			});
		}

		it('has a map ramp that still reads as light-to-dark in greyscale (ends 3:1 apart)', () => {
			expect(luminance(t['--map-low']!)).toBeGreaterThan(luminance(t['--map-high']!));
			expect(contrast(t['--map-low']!, t['--map-high']!)).toBeGreaterThanOrEqual(3);
		});

		it('keeps the reference bar apart from the other bars in greyscale (at least 1.5:1)', () => {
			expect(contrast(t['--data-reference']!, t['--data-1']!)).toBeGreaterThanOrEqual(1.5);
		});
	});
}
