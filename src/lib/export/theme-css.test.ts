import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { themeTokens } from './static-paint.ts';
import { themeCss } from './theme-css.ts';

const appCss = readFileSync(new URL('../../app.css', import.meta.url), 'utf8');

describe('theme.css', () => {
	test("sets every token of app.css for each theme, on the root (outranking app.css's :root) and on any element", () => {
		const css = themeCss(appCss);
		const { light, dark } = themeTokens(appCss);
		const [lightRule, darkRule] = css.split('\n');
		expect(lightRule).toMatch(/^:root\[data-theme='light'\],\[data-theme='light'\]\{color-scheme:light;/);
		expect(darkRule).toMatch(/^:root\[data-theme='dark'\],\[data-theme='dark'\]\{color-scheme:dark;/);
		for (const [name, value] of Object.entries(light)) expect(lightRule).toContain(`${name}:${value}`);
		for (const [name, value] of Object.entries(dark)) expect(darkRule).toContain(`${name}:${value}`);
		expect(dark['--bg']).not.toBe(light['--bg']);
	});
});
