// Page loads in Chromium, CPU throttled and cache off (scripts/bench.mjs).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { startServer } from '../serve.mjs';
import { BUILD, CHROMIUM, log, median, round, kb } from './common.mjs';

export const PAGES = [
	{ name: 'home', path: '/nl/' },
	{ name: 'indicator', path: '/nl/indicator/pa_aerobic_who_ehispaq/' },
	{ name: 'embed', path: null } // found in build/ (nl/embed/…), or "not built yet"
];

// ---------------------------------------------------------------------------------------------
// Page loads

export function findEmbedPath() {
	const dir = path.join(BUILD, 'nl', 'embed');
	if (!fs.existsSync(dir)) return null;
	const walk = (d) => {
		if (fs.existsSync(path.join(d, 'index.html'))) return d;
		for (const e of fs
			.readdirSync(d, { withFileTypes: true })
			.filter((e) => e.isDirectory())
			.sort((a, b) => a.name.localeCompare(b.name))) {
			const hit = walk(path.join(d, e.name));
			if (hit) return hit;
		}
		return null;
	};
	const hit = walk(dir);
	return hit ? `/${path.relative(BUILD, hit).split(path.sep).join('/')}/` : null;
}

/** Records when the first `figure svg` is in the DOM (ms since navigation start), from the first parsed byte. */
export const SVG_PROBE = `
	(() => {
		const mark = () => {
			if (window.__benchSvgAt === undefined && document.querySelector('figure svg')) window.__benchSvgAt = performance.now();
		};
		new MutationObserver(mark).observe(document, { childList: true, subtree: true });
		document.addEventListener('DOMContentLoaded', mark);
	})();
`;

export async function loadOnce(browser, url) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	await context.addInitScript({ content: SVG_PROBE });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	const responses = new Map();
	let transferred = 0;
	cdp.on('Network.responseReceived', (e) =>
		responses.set(e.requestId, {
			url: e.response.url,
			type: e.type,
			status: e.response.status,
			headers: e.response.headers
		})
	);
	cdp.on('Network.loadingFinished', (e) => {
		transferred += e.encodedDataLength;
		const r = responses.get(e.requestId);
		if (r) r.encoded = e.encodedDataLength;
	});
	try {
		const response = await page.goto(url, { waitUntil: 'networkidle', timeout: 120_000 });
		if (!response || response.status() !== 200) throw new Error(`${url}: HTTP ${response?.status()}`);
		const timing = await page.evaluate(() => {
			const nav = performance.getEntriesByType('navigation')[0];
			return {
				fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
				responseEnd: nav?.responseEnd ?? null,
				domContentLoaded: nav?.domContentLoadedEventEnd ?? null,
				svgAt: window.__benchSvgAt ?? null
			};
		});
		let jsGzip = 0;
		let jsFiles = 0;
		for (const r of responses.values()) {
			const isJs = r.type === 'Script' || /\.m?js(\?|$)/.test(new URL(r.url).pathname);
			if (!isJs) continue;
			jsFiles++;
			const len = Number(Object.entries(r.headers).find(([k]) => k.toLowerCase() === 'content-length')?.[1]);
			jsGzip += Number.isFinite(len) ? len : (r.encoded ?? 0);
		}
		return { ...timing, jsGzip, jsFiles, transferred, requests: responses.size };
	} finally {
		await context.close();
	}
}

/** The raw HTML (as served, un-gzipped): does it already contain the chart SVG inside a figure? */
export async function chartInRawHtml(url) {
	const res = await fetch(url, { headers: { 'accept-encoding': 'gzip' } });
	const html = await res.text();
	const figure = html.search(/<figure\b/i);
	return {
		svgInHtml: figure !== -1 && /<svg\b/i.test(html.slice(figure)),
		htmlBytes: Buffer.byteLength(html),
		htmlGzipBytes: zlib.gzipSync(html).length
	};
}

export async function measurePages(RUNS) {
	if (!fs.existsSync(CHROMIUM))
		throw new Error(`Chromium not found at ${CHROMIUM} (Debian: apt-get install -y chromium, or set CHROMIUM_PATH)`);
	const server = await startServer({ dir: BUILD, port: 0 });
	const browser = await chromium.launch({
		executablePath: CHROMIUM,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync'
		]
	});
	const results = {};
	try {
		for (const target of PAGES) {
			const p = target.path ?? (target.name === 'embed' ? findEmbedPath() : null);
			if (!p) {
				log(`${target.name}: not built yet (no nl/embed/ page in build/)`);
				results[target.name] = { path: null, status: 'not built yet' };
				continue;
			}
			const url = new URL(p, server.url).href;
			const raw = await chartInRawHtml(url);
			const runs = [];
			for (let i = 0; i < RUNS; i++) runs.push(await loadOnce(browser, url));
			const m = (k) => median(runs.map((r) => r[k]));
			results[target.name] = {
				path: p,
				runs: runs.length,
				jsGzipKB: kb(m('jsGzip')),
				jsFiles: m('jsFiles'),
				transferredKB: kb(m('transferred')),
				requests: m('requests'),
				fcpMs: round(m('fcp'), 0),
				responseEndMs: round(m('responseEnd'), 0),
				domContentLoadedMs: round(m('domContentLoaded'), 0),
				svgInDomMs: round(m('svgAt'), 0),
				svgInHtml: raw.svgInHtml,
				htmlKB: kb(raw.htmlBytes),
				htmlGzipKB: kb(raw.htmlGzipBytes)
			};
			log(
				`${target.name} ${p}: JS ${results[target.name].jsGzipKB} KB gz, FCP ${results[target.name].fcpMs} ms, svg in DOM at ${results[target.name].svgInDomMs} ms`
			);
		}
		results.chromium = browser.version();
	} finally {
		await browser.close();
		await server.close();
	}
	return results;
}

// ---------------------------------------------------------------------------------------------
