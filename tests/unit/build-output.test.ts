// Self-test of the C1/C4 HTML scanner used by tests/browser/build-output.test.ts: on hand-written
// HTML it must accept a correct page and name each kind of fault. (The scan of the real build/
// runs in the browser project, after `npm run build`.)

import { describe, expect, test } from 'vitest';
import { htmlProblems, parseCsp, scanHtml, sha256 } from '../browser/html-scan.ts';

const BOOT = '\n\t\t\t{ __sveltekit_x = { base: new URL(".", location).pathname.slice(0, -1) }; }\n\t\t';
const page = (head: string, body = '<p>ok</p>') =>
	`<!doctype html>\n<html lang="nl">\n<head>\n<meta charset="utf-8">\n${head}\n</head>\n<body>${body}</body>\n</html>\n`;
const meta = (scriptSrc: string) =>
	`<meta http-equiv="content-security-policy" content="default-src &#39;self&#39;; script-src ${scriptSrc}; style-src &#39;self&#39;">`;

describe('HTML scanner (C1, C4)', () => {
	test('sha256 matches a known CSP hash (empty script body)', () => {
		expect(sha256('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
	});

	test('accepts a page whose only inline script is hashed in script-src', () => {
		const html = page(
			`${meta(`'self' '${sha256(BOOT)}'`)}\n<link rel="modulepreload" href="./_app/a.js">\n<script>${BOOT}</script>`
		);
		expect(htmlProblems(html)).toEqual([]);
	});

	test('ignores JSON data blocks and external scripts when hashing', () => {
		const html = page(
			`${meta("'self'")}<script type="application/json" data-sveltekit-fetched>{"a":1}</script><script type="module" src="./a.js"></script>`
		);
		expect(htmlProblems(html)).toEqual([]);
	});

	test('reports an inline script whose hash is missing', () => {
		const html = page(`${meta("'self'")}<script>${BOOT}</script>`);
		expect(htmlProblems(html).join('\n')).toMatch(/inline <script>.*not listed in script-src/);
	});

	test("reports 'unsafe-inline' and 'unsafe-eval' in script-src", () => {
		const problems = htmlProblems(page(meta("'self' 'unsafe-inline' 'unsafe-eval'"))).join('\n');
		expect(problems).toMatch(/'unsafe-inline'/);
		expect(problems).toMatch(/'unsafe-eval'/);
	});

	test('reports a missing CSP meta and a duplicated one', () => {
		expect(htmlProblems(page('')).join('\n')).toMatch(/has 0 <meta http-equiv="content-security-policy">/);
		expect(htmlProblems(page(meta("'self'") + meta("'self'"))).join('\n')).toMatch(/has 2 <meta/);
	});

	test('reports a CSP meta placed after a script or a stylesheet', () => {
		expect(htmlProblems(page(`<script src="./a.js"></script>${meta("'self'")}`)).join('\n')).toMatch(
			/comes after <script/
		);
		expect(htmlProblems(page(`<link rel="stylesheet" href="a.css">${meta("'self'")}`)).join('\n')).toMatch(
			/comes after <link/
		);
	});

	test('reports style attributes and <style> elements, but not style= inside a script or a comment', () => {
		const bad = page(
			meta("'self'"),
			'<div style="color:red"></div><svg><rect style="fill:red"/></svg><style>p{}</style>'
		);
		const problems = htmlProblems(bad);
		expect(problems.filter((p) => p.startsWith('style attribute'))).toHaveLength(2);
		expect(problems.join('\n')).toMatch(/inline <style> at offset \d+ has hash .* not listed in style-src/);

		const script = 'var s = \'<div style="x">\';';
		const fine = page(`${meta(`'self' '${sha256(script)}'`)}<script>${script}</script>`, '<!-- <p style="x"> -->');
		expect(htmlProblems(fine)).toEqual([]);
	});

	test('accepts a <style> element whose hash is in style-src, and only then (kit.inlineStyleThreshold)', () => {
		const css = 'p{color:red}';
		const withHash = (src: string) =>
			`<meta http-equiv="content-security-policy" content="script-src 'self'; style-src ${src}">`;
		expect(htmlProblems(page(`${withHash(`'self' '${sha256(css)}'`)}<style>${css}</style>`))).toEqual([]);
		expect(htmlProblems(page(`${withHash(`'self' '${sha256('other')}'`)}<style>${css}</style>`)).join('\n')).toMatch(
			/inline <style>/
		);
		expect(htmlProblems(page(`${withHash(`'self' 'unsafe-inline'`)}<style>${css}</style>`)).join('\n')).toMatch(
			/style-src contains 'unsafe-inline'/
		);
	});

	test('decodes entities in the policy and keeps the first occurrence of a directive', () => {
		const scan = scanHtml(page(meta("'self'")));
		const csp = parseCsp(scan.cspMetas[0]!.content);
		expect(csp.get('default-src')).toEqual(["'self'"]);
		expect(parseCsp("script-src 'self'; script-src 'unsafe-inline'").get('script-src')).toEqual(["'self'"]);
	});
});
