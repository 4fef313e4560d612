#!/usr/bin/env node
// Reference screenshots of the built site for a reviewer to look at (never compared pixel by pixel).
//
//   npm run screenshots                          home page at 320, 768, 1280 px, light and dark,
//                                                into tests/browser/reference/ (needs npm run build)
//   npm run screenshots -- /nl/indicator/x/ --out=bench/tmp --widths=390,1280 --full=false
//
// Serves build/ with scripts/serve.mjs and drives Debian's Chromium (CHROMIUM_PATH to override).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const pages = args.filter((a) => !a.startsWith('--'));
const paths = pages.length > 0 ? pages : ['/nl/'];
const out = path.resolve(ROOT, option('out', 'tests/browser/reference'));
const widths = option('widths', '320,768,1280').split(',').map(Number);
const schemes = option('schemes', 'light,dark').split(',');
const fullPage = option('full', 'true') !== 'false';
const height = Number(option('height', '900'));
const script = option('js', 'true') !== 'false';

const build = path.join(ROOT, 'build');
if (!fs.existsSync(path.join(build, 'nl', 'index.html'))) {
	console.error('build/ is missing: run npm run build first');
	process.exit(1);
}
fs.mkdirSync(out, { recursive: true });
const server = await startServer({ dir: build, port: 0 });
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu']
});
try {
	for (const pathname of paths) {
		const slug = pathname.replace(/^\/|\/$/g, '').replace(/[^a-z0-9-]+/gi, '-') || 'root';
		const name = /^(nl|fr|en)$/.test(slug) ? `home-${slug}` : slug;
		for (const scheme of schemes)
			for (const width of widths) {
				const context = await browser.newContext({
					viewport: { width, height },
					colorScheme: scheme,
					javaScriptEnabled: script
				});
				const page = await context.newPage();
				await page.goto(new URL(pathname, server.url).href, { waitUntil: 'networkidle' });
				const file = path.join(out, `${name}-${width}-${scheme}.png`);
				await page.screenshot({ path: file, fullPage });
				console.log(path.relative(ROOT, file));
				await context.close();
			}
	}
} finally {
	await browser.close();
	await server.close();
}
