import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CHART_STYLESHEETS } from '../charts/stylesheets.ts';
import { rootTokens, staticChartCss, themeTokens } from './static-paint.ts';

const appCss = readFileSync(new URL('../../app.css', import.meta.url), 'utf8');
const chartCss = CHART_STYLESHEETS.map((file) => readFileSync(file, 'utf8')).join('\n');

describe('static chart paint', () => {
	test('reads the light and dark tokens of app.css', () => {
		const { light, dark } = themeTokens(appCss);
		expect(light['--data-1']).toBe('#1f6fb4');
		expect(dark['--data-1']).toBe('#5aa6ea');
		expect(dark['--font-sans']).toBe(light['--font-sans']);
	});

	test('resolves tokens, keeps paint only, drops @media and pseudo-class rules', () => {
		const css = `/* c */ .a .b { fill: var(--x); max-width: 3rem; stroke-width: 2 }
			.a:focus-visible .b { stroke: var(--x) } .c, .d:hover { stroke: var(--y) }
			@media print { .a { fill: red; } .b { @nest { } } } .e { font-weight: 600 }`;
		expect(staticChartCss(css, { '--x': '#123456', '--y': 'var(--x)' })).toBe(
			'.a .b{fill:#123456;stroke-width:2}\n.c{stroke:#123456}\n.e{font-weight:600}'
		);
	});

	test('a token the stylesheet needs but app.css lacks stops the build with its name', () => {
		expect(() => staticChartCss('.a { fill: var(--missing) }', {})).toThrow(/--missing/);
	});

	test('the real chart stylesheet resolves completely against the light tokens', () => {
		const css = staticChartCss(chartCss, themeTokens(appCss).light);
		expect(css).not.toMatch(/var\(|@media|:focus|color-mix/);
		expect(css).toContain('.bar-chart .bar{fill:#1f6fb4}');
		expect(css).toMatch(/\.map-chart \.fill-q4\{fill:#08306b\}/);
		expect(css).toMatch(/\.line-chart \.series-2 \.line,[^{]*\{stroke:#b35c00\}/);
	});

	test('rootTokens ignores nested blocks', () => {
		expect(rootTokens(':root { --a: 1px; } .x { --b: 2px; }')).toEqual({ '--a': '1px' });
	});
});
