// Reference screenshots for reviewers (tests do not pixel-compare them): an indicator page and an
// embed at 320, 768 and 1280 px, light and dark, from the built site in build/.
//   npm run build && node scripts/reference-screenshots.mjs [outDir] [path ...]
// Default outDir tests/browser/reference/; default paths below. Uses Chromium like the browser tests.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const [outDir = path.join(ROOT, 'tests/browser/reference'), ...paths] = process.argv.slice(2);
const pages = paths.length
	? paths.map((p, i) => ({ name: `page-${i + 1}`, path: p }))
	: [
			{ name: 'indicator', path: '/nl/indicator/pa_aerobic_who_ehispaq/' },
			{ name: 'indicator-ci', path: '/en/indicator/insufficient_pa_who_strain2024/' },
			{ name: 'embed', path: '/nl/embed/pa_aerobic_who_ehispaq/region/bar/2023/BE/' },
			{ name: 'embed-dark-theme', path: '/nl/embed/pa_aerobic_who_ehispaq/region/bar/2023/BE/?theme=dark' }
		];
const widths = [320, 768, 1280];
const schemes = ['light', 'dark'];

fs.mkdirSync(outDir, { recursive: true });
const server = await startServer({ dir: path.join(ROOT, 'build'), port: 0 });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
	for (const scheme of schemes)
		for (const width of widths) {
			const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
			const page = await context.newPage();
			for (const p of pages) {
				await page.goto(new URL(p.path, server.url).href, { waitUntil: 'networkidle' });
				const file = path.join(outDir, `${p.name}-${width}-${scheme}.png`);
				await page.screenshot({ path: file, fullPage: true });
				console.log(file);
			}
			await context.close();
		}
} finally {
	await browser.close();
	await server.close();
}
