// Page loads in Chromium, CPU throttled and cache off (scripts/bench.mjs): every page type, its limit
// page (limits.mjs) in the same run, interleaved, and the Chart.js peer page.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { startServer } from '../serve.mjs';
import { BUILD, CHROMIUM, log, median, round, kb } from './common.mjs';
import { ensurePeer, limitPath, makeOverlay } from './limits.mjs';

/** The page types of issue #13; `null` paths are found in build/ (the first story, the first embed). */
export const PAGES = [
	{ name: 'home', path: '/nl/' },
	{ name: 'catalogue', path: '/nl/indicators/' },
	{ name: 'indicator', path: '/nl/indicator/pa_aerobic_who_ehispaq/' },
	{ name: 'indicatorBars', path: '/nl/indicator/pa_aerobic_who_ehispaq/sex/' },
	{ name: 'compare', path: '/nl/compare/' },
	{ name: 'story', path: null, under: 'nl/stories' },
	{ name: 'data', path: '/nl/data/' },
	{ name: 'accessibility', path: '/nl/accessibility/' },
	{ name: 'embed', path: null, under: 'nl/embed' }
];
/** The page whose bar chart the Chart.js peer draws, with the same data (its table). */
export const PEER_OF = 'indicatorBars';

/** The first page (in name order) under a folder of build/, as a URL path. */
export function findPagePath(under) {
	const dir = path.join(BUILD, under);
	if (!fs.existsSync(dir)) return null;
	const walk = (d) => {
		for (const e of fs
			.readdirSync(d, { withFileTypes: true })
			.filter((e) => e.isDirectory())
			.sort((a, b) => a.name.localeCompare(b.name))) {
			const hit = walk(path.join(d, e.name));
			if (hit) return hit;
		}
		return d !== dir && fs.existsSync(path.join(d, 'index.html')) ? d : null;
	};
	const hit = walk(dir);
	return hit ? `/${path.relative(BUILD, hit).split(path.sep).join('/')}/` : null;
}

/**
 * Installed before any page script: when the first `figure svg` is in the DOM, layout shifts (CLS,
 * without shifts right after input) and long tasks (for total blocking time).
 */
export const PROBE = `
	(() => {
		window.__bench = { cls: 0, longTasks: [] };
		const mark = () => {
			if (window.__benchSvgAt === undefined && document.querySelector('figure svg')) window.__benchSvgAt = performance.now();
		};
		new MutationObserver(mark).observe(document, { childList: true, subtree: true });
		document.addEventListener('DOMContentLoaded', mark);
		try {
			new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__bench.cls += e.value; })
				.observe({ type: 'layout-shift', buffered: true });
			new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__bench.longTasks.push([e.startTime, e.duration]); })
				.observe({ type: 'longtask', buffered: true });
		} catch {}
	})();
`;

/** Whether the page starts its app at the first use of a control (onFirstUse in src/lib/server/first-paint.ts). */
const STARTS_ON_USE = () =>
	[...document.scripts].some(
		(s) => /'pointerover'/.test(s.textContent ?? '') && /data-hydrated/.test(s.textContent ?? '')
	);

/** Gzipped bytes and count of the scripts among responses, and the stylesheet requests. */
function weigh(responses) {
	let jsGzip = 0;
	let jsFiles = 0;
	let stylesheets = 0;
	for (const r of responses.values()) {
		const p = new URL(r.url).pathname;
		if (r.type === 'Stylesheet' || p.endsWith('.css')) stylesheets++;
		if (!(r.type === 'Script' || /\.m?js$/.test(p))) continue;
		jsFiles++;
		const len = Number(Object.entries(r.headers).find(([k]) => k.toLowerCase() === 'content-length')?.[1]);
		jsGzip += Number.isFinite(len) ? len : (r.encoded ?? 0);
	}
	return { jsGzip, jsFiles, stylesheets };
}

export async function loadOnce(browser, url) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	await context.addInitScript({ content: PROBE });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	const responses = new Map();
	let transferred = 0;
	cdp.on('Network.responseReceived', (e) =>
		responses.set(e.requestId, { url: e.response.url, type: e.type, headers: e.response.headers })
	);
	cdp.on('Network.loadingFinished', (e) => {
		transferred += e.encodedDataLength;
		const r = responses.get(e.requestId);
		if (r) r.encoded = e.encodedDataLength;
	});
	try {
		const response = await page.goto(url, { waitUntil: 'networkidle', timeout: 120_000 });
		if (!response || response.status() !== 200) throw new Error(`${url}: HTTP ${response?.status()}`);
		// Hydration starts after the first paint and loads its modules level by level: wait until no
		// request has started for a second (at most 15 s), so every script of the page is counted.
		for (let seen = -1, i = 0; seen !== responses.size && i < 15; i++) {
			seen = responses.size;
			await page.waitForTimeout(1000);
		}
		const timing = await page.evaluate(() => {
			const nav = performance.getEntriesByType('navigation')[0];
			const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
			const tbt = window.__bench.longTasks
				.filter(([start]) => fcp === null || start >= fcp)
				.reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0);
			// What the browser fetched before the first paint (the HTML itself aside).
			const early = performance
				.getEntriesByType('resource')
				.filter((e) => fcp !== null && e.startTime < fcp && /\.(m?js|css)$/.test(new URL(e.name).pathname));
			return {
				fcp,
				scriptsBeforeFcp: early.filter((e) => /\.m?js$/.test(new URL(e.name).pathname)).length,
				stylesheetsBeforeFcp: early.filter((e) => new URL(e.name).pathname.endsWith('.css')).length,
				responseEnd: nav?.responseEnd ?? null,
				domContentLoaded: nav?.domContentLoadedEventEnd ?? null,
				svgAt: window.__benchSvgAt ?? null,
				chartJsAt: window.__benchChartAt ?? null,
				cls: window.__bench.cls,
				tbt
			};
		});
		const { jsGzip, jsFiles, stylesheets } = weigh(responses);
		// An explorer loads its app at the reader's first use of a control: point at one (as a mouse
		// would) and weigh what it then fetched, so the cost of exploring is reported too.
		let jsAfterUseGzip = null;
		if (await page.evaluate(STARTS_ON_USE)) {
			await page.evaluate(() =>
				document
					.querySelector('main input, main select, main button')
					?.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }))
			);
			await page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 60_000 });
			for (let seen = -1, i = 0; seen !== responses.size && i < 15; i++) {
				seen = responses.size;
				await page.waitForTimeout(1000);
			}
			jsAfterUseGzip = weigh(responses).jsGzip;
		}
		return { ...timing, jsGzip, jsFiles, stylesheets, jsAfterUseGzip, transferred, requests: responses.size };
	} finally {
		await context.close();
	}
}

/** The raw HTML as served: does it already hold the chart SVG inside a figure? */
export async function chartInRawHtml(url) {
	const html = await (await fetch(url)).text();
	const figure = html.search(/<figure\b/i);
	return {
		svgInHtml: figure !== -1 && /<svg\b/i.test(html.slice(figure)),
		htmlGzipBytes: zlib.gzipSync(html).length,
		modulepreloads: (html.match(/rel="modulepreload"/g) ?? []).length
	};
}

/** When the chart is on screen in one load: the first paint that holds its SVG (or Chart.js's draw). */
const chartAt = (r) => r.chartJsAt ?? (r.svgAt === null ? null : Math.max(r.svgAt, r.fcp ?? 0));

/**
 * The median, over runs, of one load's value over the other's in the same run. A page and its limit
 * page load back to back, so each pair shares what the machine was doing at that moment; the ratio
 * of two medians compares different moments (on this VM a page moves by 20–30 ms out of 150–300
 * from run to run, which moved that ratio by ±0.15).
 */
function pairedRatio(a, b, value) {
	const ratios = a.map((r, i) => {
		const [x, y] = [value(r), b[i] ? value(b[i]) : null];
		return typeof x === 'number' && typeof y === 'number' && y > 0 ? x / y : null;
	});
	return round(median(ratios), 2);
}

function summary(runs) {
	const m = (k) => median(runs.map((r) => r[k]));
	return {
		runs: runs.length,
		jsGzipKB: kb(m('jsGzip')),
		/** An explorer's scripts once a control was used (its app loads then), or null. */
		jsAfterUseGzipKB: runs.some((r) => r.jsAfterUseGzip !== null) ? kb(m('jsAfterUseGzip')) : null,
		jsFiles: m('jsFiles'),
		stylesheetRequests: m('stylesheets'),
		transferredKB: kb(m('transferred')),
		requests: m('requests'),
		fcpMs: round(m('fcp'), 0),
		responseEndMs: round(m('responseEnd'), 0),
		svgInDomMs: round(m('svgAt'), 0),
		/** When the chart is on screen: the first paint that holds its SVG (or Chart.js's draw). */
		chartMs: round(median(runs.map(chartAt)), 0),
		scriptsBeforeFcp: m('scriptsBeforeFcp'),
		stylesheetsBeforeFcp: m('stylesheetsBeforeFcp'),
		cls: round(m('cls'), 4),
		tbtMs: round(m('tbt'), 0)
	};
}

export async function measurePages(RUNS) {
	if (!fs.existsSync(CHROMIUM))
		throw new Error(`Chromium not found at ${CHROMIUM} (Debian: apt-get install -y chromium, or set CHROMIUM_PATH)`);
	const targets = PAGES.map((t) => ({ ...t, path: t.path ?? findPagePath(t.under) })).filter((t) => {
		if (!t.path || !fs.existsSync(path.join(BUILD, t.path, 'index.html'))) log(`${t.name}: not built, skipped`);
		return t.path && fs.existsSync(path.join(BUILD, t.path, 'index.html'));
	});
	const chartjs = ensurePeer();
	const peerSource = targets.find((t) => t.name === PEER_OF)?.path;
	const { overlay } = makeOverlay(
		targets.map((t) => t.path),
		peerSource
	);
	const server = await startServer({ dir: BUILD, port: 0, overlay });
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
	const at = (p) => new URL(p, server.url).href;
	const runs = Object.fromEntries([
		...targets.map((t) => [t.name, { page: [], limit: [] }]),
		['chartjs', { page: [] }]
	]);
	try {
		for (let i = 0; i < RUNS; i++) {
			// Interleaved: a page and its limit page share whatever else the machine is doing. Which of
			// the two loads first alternates between runs, so neither always follows the other page type
			// (a loaded page's teardown can still run during the next load).
			for (const t of targets) {
				const loads = [
					['page', t.path],
					['limit', limitPath(t.path)]
				];
				for (const [kind, p] of i % 2 === 0 ? loads : loads.reverse())
					runs[t.name][kind].push(await loadOnce(browser, at(p)));
			}
			runs.chartjs.page.push(await loadOnce(browser, at('/__bench/chartjs/')));
			log(`page loads: run ${i + 1} of ${RUNS} done`);
		}
		const results = {};
		for (const t of targets) {
			const raw = await chartInRawHtml(at(t.path));
			const page = summary(runs[t.name].page);
			const limit = summary(runs[t.name].limit);
			results[t.name] = {
				path: t.path,
				...page,
				limitFcpMs: limit.fcpMs,
				fcpRatio: pairedRatio(runs[t.name].page, runs[t.name].limit, (r) => r.fcp),
				/** The ratio of the two medians (the estimate before 2026-12-04), for comparison. */
				fcpRatioOfMedians: page.fcpMs && limit.fcpMs ? round(page.fcpMs / limit.fcpMs, 2) : null,
				svgInHtml: raw.svgInHtml,
				modulepreloads: raw.modulepreloads,
				htmlGzipKB: kb(raw.htmlGzipBytes)
			};
			log(
				`${t.name} ${t.path}: JS ${page.jsGzipKB} KB gz, FCP ${page.fcpMs} ms (limit ${limit.fcpMs} ms), CLS ${page.cls}`
			);
		}
		results.chartjs = {
			path: '/__bench/chartjs/',
			version: chartjs,
			source: peerSource,
			...summary(runs.chartjs.page),
			/** The site's chart time over Chart.js's, per run (both pages load in each run), the median. */
			pairedChartRatio: runs[PEER_OF] ? pairedRatio(runs[PEER_OF].page, runs.chartjs.page, (r) => chartAt(r)) : null
		};
		results.chromium = browser.version();
		return results;
	} finally {
		await browser.close();
		await server.close();
	}
}
