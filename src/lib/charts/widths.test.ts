import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FONT_SIZE as BAR_FONT, COMPACT_FONT_SIZE } from './bar/bar-layout.ts';
import { BREAK_FONT_SIZE, FONT_SIZE as LINE_FONT } from './line/line-labels.ts';
import { FONT_SIZE as MAP_FONT, VALUE_FONT_SIZE } from './map/map-layout.ts';
import { CHART_WIDTHS, LAST_MAX_WIDTH, MIN_SCALE, TEXT_PX, TEXT_UNITS, renderedTextPx, shownFrom } from './widths.ts';

import { CHART_STYLESHEETS } from './stylesheets.ts';

// Run from the project root, as the build reads them.
const chartCss = CHART_STYLESHEETS.map((file) => readFileSync(file, 'utf8')).join('\n');

describe('chart stylesheets', () => {
	it('are all imported by the root layout, in the order of CHART_STYLESHEETS', () => {
		const layout = readFileSync('src/routes/+layout.svelte', 'utf8');
		const imported = [...layout.matchAll(/import '\$lib\/charts\/([^']+\.css)';/g)].map(
			(m) => `src/lib/charts/${m[1]}`
		);
		expect(imported).toEqual([...CHART_STYLESHEETS]);
	});
});

describe('width classes', () => {
	it('draw every chart text within TEXT_UNITS: layouts and chart.css', () => {
		const sizes = [BAR_FONT, COMPACT_FONT_SIZE, LINE_FONT, BREAK_FONT_SIZE, MAP_FONT, VALUE_FONT_SIZE];
		const cssSizes = [...chartCss.matchAll(/font-size:\s*([\d.]+)px/g)].map((m) => Number(m[1]));
		expect(cssSizes.length).toBeGreaterThan(0);
		for (const size of [...sizes, ...cssSizes]) {
			expect(size).toBeGreaterThanOrEqual(TEXT_UNITS.min);
			expect(size).toBeLessThanOrEqual(TEXT_UNITS.max);
		}
	});

	it('keep text within 12–18 px in every container from a 320 px to a 1920 px screen', () => {
		// 245 px: a 320 px screen less the page padding and the figure's padding and border, with room to spare.
		for (let px = 245; px <= 1900; px += 0.25) {
			expect(renderedTextPx(TEXT_UNITS.min, px), `${px} px`).toBeGreaterThanOrEqual(TEXT_PX.min);
			expect(renderedTextPx(TEXT_UNITS.max, px), `${px} px`).toBeLessThanOrEqual(TEXT_PX.max);
		}
	});

	it('are selected in chart.css by exactly the limits of widths.ts', () => {
		const rules = [...chartCss.matchAll(/@container \(([^)]*)\)\s*\{\s*\.chart-size\[data-width='(\d+)'\]/g)].map(
			(m) => ({ query: m[1]!.replace(/\s+/g, ' '), width: Number(m[2]) })
		);
		expect(rules.map((r) => r.width)).toEqual([...CHART_WIDTHS]);
		rules.forEach(({ query, width }, i) => {
			const next = CHART_WIDTHS[i + 1];
			const from = i === 0 ? null : `${shownFrom(width)}px <= width`;
			const to = next === undefined ? null : `width < ${shownFrom(next)}px`;
			const expected =
				from && to
					? `${shownFrom(width)}px <= width < ${shownFrom(next!)}px`
					: from
						? `width >= ${shownFrom(width)}px`
						: to;
			expect(query, `class ${width}`).toBe(expected);
		});
		expect(chartCss).toContain(
			`.chart-size[data-width='${CHART_WIDTHS.at(-1)}'] .chart {\n\tmax-width: ${LAST_MAX_WIDTH}px;`
		);
		expect(MIN_SCALE * TEXT_UNITS.min).toBeGreaterThanOrEqual(TEXT_PX.min);
	});
});
