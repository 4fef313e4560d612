// C1 + C4 over the real build output (runs after `npm run build`, in the browser project):
// every HTML file carries exactly one CSP <meta> before any script/style, with no 'unsafe-inline'
// or 'unsafe-eval' for scripts and a hash for every inline script; no style attributes;
// no {@html} in the Svelte sources. A <style> (the inlined CSS, issue #13) needs its hash in style-src.

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { BUILD_DIR, ROOT, assertBuildExists, listHtmlFiles } from './harness.ts';
import { htmlProblems, scanHtml } from './html-scan.ts';

assertBuildExists(); // "run npm run build first"
const HTML_FILES = listHtmlFiles();

test('build/ contains the home pages', () => {
	const paths = HTML_FILES.map((f) => f.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, ''));
	for (const p of ['', 'nl', 'fr', 'en']) {
		expect(
			paths.some((x) => x.replace(/\/$/, '') === p),
			`a page for /${p} in ${HTML_FILES.join(', ')}`
		).toBe(true);
	}
});

describe.each(HTML_FILES)('build/%s', (file) => {
	const html = fs.readFileSync(path.join(BUILD_DIR, file), 'utf8');

	test('has one CSP meta before any script or style, no unsafe script sources, a hash for every inline script, and no inline styles', () => {
		expect(htmlProblems(html)).toEqual([]);
	});

	test('the CSP meta sits in <head>', () => {
		const scan = scanHtml(html);
		const headEnd = html.search(/<\/head\s*>|<body\b/i);
		for (const meta of scan.cspMetas) expect(meta.offset).toBeLessThan(headEnd === -1 ? Infinity : headEnd);
	});
});

test('no Svelte component uses {@html} (C4)', () => {
	const hits: string[] = [];
	const walk = (dir: string) => {
		for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
			const p = path.join(dir, entry.name);
			if (entry.isDirectory()) walk(p);
			else if (entry.name.endsWith('.svelte')) {
				fs.readFileSync(p, 'utf8')
					.split('\n')
					.forEach((line, i) => {
						if (/\{@html\b/.test(line)) hits.push(`${path.relative(ROOT, p)}:${i + 1}: ${line.trim()}`);
					});
			}
		}
	};
	walk(path.join(ROOT, 'src'));
	expect(hits).toEqual([]);
});
