// C10, the contrast axe cannot see (no wcag1411 rule): every colour token the charts draw with,
// read from src/app.css in light and dark, against the backgrounds a chart sits on (--bg for the
// page, --surface for the figure). Data marks, focus ring and no-data hatching need 3:1 (WCAG 1.4.11),
// text 4.5:1 (1.4.3). Relative luminance and contrast ratio as WCAG 2.x defines them, no dependency.
import { readFileSync } from 'node:fs';
import { CHART_STYLESHEETS } from '../../src/lib/charts/stylesheets.ts';
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

// 1.4.11 against what actually lies behind a confidence interval, read from the chart stylesheets and a rendered
// chart: a band's outline (its series colour) against the page and against the band's own tint (the
// series colour at the band's fill-opacity over the page), and a bar's whisker against the halo drawn
// under it (which, not the bar, is what lies behind the whisker).
const chartCss = CHART_STYLESHEETS.map((file) => readFileSync(file, 'utf8')).join('\n');

/** The value of `prop` for a selector of the chart stylesheets (the last rule listing it wins), or undefined. */
function declared(selector: string, prop: string): string | undefined {
	let value: string | undefined;
	for (const rule of chartCss.replace(/\/\*[\s\S]*?\*\//g, '').split('}')) {
		const [head, body] = rule.split('{');
		if (!body || !head!.split(',').some((s) => s.trim() === selector)) continue;
		for (const d of body.split(';')) {
			const [p, v] = d.split(':').map((x) => x.trim());
			if (p === prop && v) value = v;
		}
	}
	return value;
}

/** The colour a `var(--token)` value resolves to in a scheme. */
function colour(value: string | undefined, tokens: Record<string, string>): string {
	const name = value?.match(/^var\((--[\w-]+)\)$/)?.[1];
	if (!name || !tokens[name]) throw new Error(`not a colour token: ${value}`);
	return tokens[name]!;
}

/** `fg` at opacity `alpha` over `bg`, in sRGB as browsers composite. */
function blend(fg: string, alpha: number, bg: string): string {
	const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
	const [f, b] = [rgb(fg), rgb(bg)];
	return `#${f
		.map((c, i) =>
			Math.round(alpha * c + (1 - alpha) * b[i]!)
				.toString(16)
				.padStart(2, '0')
		)
		.join('')}`;
}

describe('confidence intervals against what lies behind them (chart.css)', () => {
	const alpha = Number(declared('.line-chart .ci-band', 'fill-opacity'));

	it('bands are a faint tint with an outline; bar whiskers have a wider halo under them', () => {
		expect(alpha).toBeGreaterThan(0);
		expect(alpha).toBeLessThan(0.5);
		expect(Number.parseFloat(declared('.line-chart .ci-band', 'stroke-width') ?? '0')).toBeGreaterThanOrEqual(1);
		const whisker = Number.parseFloat(declared('.bar-chart .ci', 'stroke-width') ?? '0');
		const halo = Number.parseFloat(declared('.bar-chart .ci-halo', 'stroke-width') ?? '0');
		expect(halo - whisker, 'halo visible on both sides of the whisker').toBeGreaterThanOrEqual(2);
	});

	it('a rendered bar chart draws a halo under each whisker, on the same path', () => {
		const svg = readFileSync(new URL('./output/barCiFr.svg', import.meta.url), 'utf8');
		const whiskers = [...svg.matchAll(/<path class="ci" d="([^"]+)"/g)].map((m) => m[1]);
		const halos = [...svg.matchAll(/<path class="ci-halo" d="([^"]+)"\s*\/?>\s*(?:<\/path>)?\s*<path class="ci"/g)].map(
			(m) => m[1]
		);
		expect(whiskers.length).toBeGreaterThan(0);
		expect(halos).toEqual(whiskers);
	});

	for (const [scheme, tokens] of [
		['light', light],
		['dark', dark]
	] as const) {
		for (const bg of backgrounds) {
			it.each([1, 2, 3])(`${scheme}: the band outline of series %i is 3:1 on ${bg} and on its tint`, (n) => {
				const stroke = colour(declared(`.line-chart .series-${n} .ci-band`, 'stroke'), tokens);
				const fill = colour(declared(`.line-chart .series-${n} .ci-band`, 'fill'), tokens);
				const page = tokens[bg]!;
				const tint = blend(fill, alpha, page);
				expect(contrast(stroke, page), `${stroke} on ${page}`).toBeGreaterThanOrEqual(3);
				expect(contrast(stroke, tint), `${stroke} on tint ${tint}`).toBeGreaterThanOrEqual(3);
			});
		}
		it(`${scheme}: a bar's whisker is 3:1 on its halo`, () => {
			const whisker = colour(declared('.bar-chart .ci', 'stroke'), tokens);
			const halo = colour(declared('.bar-chart .ci-halo', 'stroke'), tokens);
			expect(contrast(whisker, halo), `${whisker} on ${halo}`).toBeGreaterThanOrEqual(3);
		});
	}
});
