#!/usr/bin/env node
// Benchmark of the built site (a script, not a test: speed is reported, never gated in CI).
//
//   npm run bench                 real build + page loads + synthetic catalogue 10× (~3 min on 2 cores)
//   npm run bench -- --full       also the synthetic 100× catalogue (slow: see docs/hosting-and-bench.md)
//   npm run bench -- --quick      the default (10× only); kept so scripts can say it explicitly
//   npm run bench -- --runs=N     page loads per page (default 5)
//   npm run bench -- --synthetic-timeout=MIN   stop a synthetic build after MIN minutes (default 45)
//                                 and record it as "did not finish" (a lower bound, and a FAIL)
//
// 1. Times the production build of the real catalogue (`vite build`, data/ → build/) and counts
//    the pages, files and bytes it wrote.
// 2. Serves build/ with gzip (scripts/serve.mjs) and loads the home page, an indicator page and an
//    embed page (if the build has one) in Debian's Chromium with the CPU throttled 4× and the cache
//    disabled, N times each; reports medians of JS bytes (gzipped), total bytes transferred,
//    first-contentful-paint, responseEnd, and when the first `figure svg` entered the DOM; checks that
//    the chart SVG is already in the raw HTML.
// 3. Builds synthetic catalogues 10× (and with --full 100×) the size of data/ (every indicator cloned with a new id
//    `synthetic_<n>_<id>`, label prefixed "[synthetic]", same observations and quotes so validation
//    passes) generated under bench/tmp/ (gitignored; never in data/, never served), and reports how
//    build time and output size grow.
//
// Writes bench/results.json and prints a table with the budgets and PASS/FAIL. Exit code 0 even when
// a budget fails (it is a report); non-zero only when the bench itself cannot run.
//
// Synthetic builds go to bench/tmp/build-x10 (…-x100) when svelte.config.js reads
// process.env.BUILD_DIR; otherwise they are built into build/, moved to bench/tmp/, and the real site
// is rebuilt at the end so build/ holds the real site again. Do not run other builds meanwhile: they
// share build/ and .svelte-kit/.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BUILD = path.join(ROOT, 'build');
const BENCH = path.join(ROOT, 'bench');
const TMP = path.join(BENCH, 'tmp');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const VITE = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');

const args = process.argv.slice(2);
const FULL = args.includes('--full');
const QUICK = !FULL;
const RUNS = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 5);
const SYNTH_TIMEOUT_MIN = Number(args.find((a) => a.startsWith('--synthetic-timeout='))?.split('=')[1] ?? 45);
if (args.includes('--help') || args.includes('-h')) {
	console.log(
		'usage: node scripts/bench.mjs [--full | --quick] [--runs=N] [--synthetic-timeout=MIN]   (see the header of this file)'
	);
	process.exit(0);
}
for (const a of args) {
	if (a !== '--quick' && a !== '--full' && !/^--runs=\d+$/.test(a) && !/^--synthetic-timeout=\d+(\.\d+)?$/.test(a)) {
		console.error(`bench: unknown option ${a}`);
		process.exit(2);
	}
}

const BUDGETS = {
	embedJsGzipKB: 10,
	indicatorJsGzipKB: 60,
	realBuildSeconds: 60,
	/** Build time may grow at most this much faster than the data (1.25 = 25 % above linear). */
	linearTolerance: 1.25
};

const PAGES = [
	{ name: 'home', path: '/nl/' },
	{ name: 'indicator', path: '/nl/indicator/pa_aerobic_who_ehispaq/' },
	{ name: 'embed', path: null } // found in build/ (nl/embed/…), or "not built yet"
];

const log = (...a) => console.log('[bench]', ...a);
const median = (xs) => {
	const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
	if (s.length === 0) return null;
	const m = Math.floor(s.length / 2);
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x, d = 1) => (x === null || x === undefined ? null : Math.round(x * 10 ** d) / 10 ** d);
const kb = (bytes) => round(bytes / 1024, 1);

// ---------------------------------------------------------------------------------------------
// Builds

/** Whether svelte.config.js sends adapter output to process.env.BUILD_DIR. */
function configHonoursBuildDir() {
	return /process\.env\.BUILD_DIR/.test(fs.readFileSync(path.join(ROOT, 'svelte.config.js'), 'utf8'));
}

/**
 * Runs `vite build` with extra env; returns seconds, exit code, peak RSS (MB, if /usr/bin/time
 * exists), load average and the output tail. With timeoutMs, the build (its whole process group) is
 * stopped after that time and reported with timedOut: true.
 */
function timedBuild(env = {}, label = 'build', timeoutMs = 0) {
	return new Promise((resolve) => {
		const timeFile = path.join(os.tmpdir(), `bench-time-${process.pid}-${Date.now()}`);
		const useTime = fs.existsSync('/usr/bin/time');
		const cmd = useTime ? '/usr/bin/time' : process.execPath;
		const cmdArgs = useTime ? ['-f', '%M', '-o', timeFile, process.execPath, VITE, 'build'] : [VITE, 'build'];
		const loadBefore = os.loadavg()[0];
		log(
			`${label}: vite build${
				Object.keys(env).length
					? ` (${Object.entries(env)
							.map(([k, v]) => `${k}=${v}`)
							.join(' ')})`
					: ''
			}`
		);
		const started = performance.now();
		// detached: own process group, so a timeout can stop vite and its workers together.
		const child = spawn(cmd, cmdArgs, {
			cwd: ROOT,
			env: { ...process.env, ...env },
			stdio: ['ignore', 'pipe', 'pipe'],
			detached: true
		});
		let timedOut = false;
		const timer =
			timeoutMs > 0
				? setTimeout(() => {
						timedOut = true;
						log(`${label}: still running after ${round(timeoutMs / 60000, 1)} min, stopping it`);
						try {
							process.kill(-child.pid, 'SIGTERM');
						} catch {
							/* already gone */
						}
					}, timeoutMs)
				: null;
		let tail = '';
		const keep = (chunk) => {
			tail = (tail + chunk.toString()).slice(-4000);
		};
		child.stdout.on('data', keep);
		child.stderr.on('data', keep);
		child.on('close', (code) => {
			if (timer) clearTimeout(timer);
			const seconds = (performance.now() - started) / 1000;
			let peakRssMB = null;
			try {
				const kbytes = Number(fs.readFileSync(timeFile, 'utf8').trim().split('\n').pop());
				peakRssMB = Number.isFinite(kbytes) && kbytes > 0 ? round(kbytes / 1024, 0) : null;
				fs.rmSync(timeFile, { force: true });
			} catch {
				/* no /usr/bin/time */
			}
			log(
				`${label}: ${code === 0 ? 'done' : timedOut ? 'did not finish' : `FAILED (exit ${code})`} in ${seconds.toFixed(1)} s${peakRssMB ? `, peak RSS ${peakRssMB} MB` : ''}`
			);
			// Load average (1 min) before and after: other processes on the machine inflate the time.
			resolve({
				seconds: round(seconds, 2),
				code,
				timedOut,
				peakRssMB,
				loadAvg: [round(loadBefore, 2), round(os.loadavg()[0], 2)],
				tail
			});
		});
	});
}

/** Pages (HTML files), files and bytes of a build folder, with bytes per kind. */
function measureOutput(dir) {
	const out = { pages: 0, files: 0, bytes: 0, byKind: {} };
	const walk = (d) => {
		for (const e of fs.readdirSync(d, { withFileTypes: true })) {
			const p = path.join(d, e.name);
			if (e.isDirectory()) walk(p);
			else {
				const size = fs.statSync(p).size;
				const ext = path.extname(e.name).slice(1).toLowerCase() || e.name;
				out.files++;
				out.bytes += size;
				if (ext === 'html') out.pages++;
				out.byKind[ext] = (out.byKind[ext] ?? 0) + size;
			}
		}
	};
	walk(dir);
	out.megabytes = round(out.bytes / 1024 / 1024, 1);
	return out;
}

// ---------------------------------------------------------------------------------------------
// Synthetic catalogues

const readCsv = (file) => {
	const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
	const parsed = Papa.parse(text, { header: true, skipEmptyLines: true, dynamicTyping: false });
	if (parsed.errors.length) throw new Error(`${file}: ${parsed.errors[0].message}`);
	return { fields: parsed.meta.fields, rows: parsed.data };
};
const writeCsv = (file, { fields, rows }) => {
	fs.mkdirSync(path.dirname(file), { recursive: true });
	fs.writeFileSync(
		file,
		Papa.unparse({ fields, data: rows.map((r) => fields.map((f) => r[f] ?? '')) }, { newline: '\n' }) + '\n'
	);
};

/**
 * data/ × factor into dir: the real rows plus (factor − 1) clones of every indicator, its series and
 * its observations. Sources, surveys and dimensions are shared. Every clone is marked synthetic.
 */
function makeSyntheticCatalogue(factor, dir) {
	const data = path.join(ROOT, 'data');
	fs.rmSync(dir, { recursive: true, force: true });
	fs.mkdirSync(dir, { recursive: true });
	fs.writeFileSync(
		path.join(dir, 'README.md'),
		`SYNTHETIC benchmark catalogue (${factor}× data/), generated by scripts/bench.mjs. Not real figures: every cloned\nindicator id starts with synthetic_ and its labels with [synthetic]. Never copy into data/, never publish.\n`
	);
	for (const f of ['dimensions.csv', 'sources.csv', 'surveys.csv'])
		fs.copyFileSync(path.join(data, f), path.join(dir, f));

	const clone = (n, id) => `synthetic_${n}_${id}`;
	const series = readCsv(path.join(data, 'series.csv'));
	const indicators = readCsv(path.join(data, 'indicators.csv'));
	const seriesRows = [...series.rows];
	const indicatorRows = [...indicators.rows];
	for (let n = 1; n < factor; n++) {
		for (const s of series.rows) {
			const c = { ...s, id: clone(n, s.id) };
			for (const l of ['nl', 'fr', 'en']) c[`label_${l}`] = `[synthetic] ${s[`label_${l}`]}`;
			seriesRows.push(c);
		}
		for (const i of indicators.rows) {
			const c = { ...i, id: clone(n, i.id), series: i.series ? clone(n, i.series) : '' };
			for (const l of ['nl', 'fr', 'en']) c[`label_${l}`] = `[synthetic] ${i[`label_${l}`]}`;
			indicatorRows.push(c);
		}
	}
	writeCsv(path.join(dir, 'series.csv'), { fields: series.fields, rows: seriesRows });
	writeCsv(path.join(dir, 'indicators.csv'), { fields: indicators.fields, rows: indicatorRows });

	let observationRows = 0;
	const obsDir = path.join(data, 'observations');
	for (const f of fs.readdirSync(obsDir).filter((f) => f.endsWith('.csv'))) {
		const obs = readCsv(path.join(obsDir, f));
		const rows = [...obs.rows];
		for (let n = 1; n < factor; n++)
			for (const o of obs.rows)
				rows.push({ ...o, indicator: clone(n, o.indicator), note: o.note ? `[synthetic] ${o.note}` : '[synthetic]' });
		writeCsv(path.join(dir, 'observations', f), { fields: obs.fields, rows });
		observationRows += rows.length;
	}
	return { indicators: indicatorRows.length, series: seriesRows.length, observations: observationRows };
}

// ---------------------------------------------------------------------------------------------
// Page loads

function findEmbedPath() {
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
const SVG_PROBE = `
	(() => {
		const mark = () => {
			if (window.__benchSvgAt === undefined && document.querySelector('figure svg')) window.__benchSvgAt = performance.now();
		};
		new MutationObserver(mark).observe(document, { childList: true, subtree: true });
		document.addEventListener('DOMContentLoaded', mark);
	})();
`;

async function loadOnce(browser, url) {
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
async function chartInRawHtml(url) {
	const res = await fetch(url, { headers: { 'accept-encoding': 'gzip' } });
	const html = await res.text();
	const figure = html.search(/<figure\b/i);
	return {
		svgInHtml: figure !== -1 && /<svg\b/i.test(html.slice(figure)),
		htmlBytes: Buffer.byteLength(html),
		htmlGzipBytes: zlib.gzipSync(html).length
	};
}

async function measurePages() {
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
// Main

async function main() {
	const startedAt = new Date();
	fs.mkdirSync(TMP, { recursive: true });
	const honours = configHonoursBuildDir();
	log(
		`${os.cpus().length} CPU(s) ${os.cpus()[0]?.model ?? ''}, ${round(os.totalmem() / 2 ** 30, 0)} GB RAM, Node ${process.version}`
	);

	// 1. Real catalogue build.
	const real = await timedBuild({}, 'real catalogue');
	if (real.code !== 0) {
		console.error(real.tail);
		throw new Error('the real build failed; nothing to measure');
	}
	const realOutput = measureOutput(BUILD);
	const realData = makeCount(path.join(ROOT, 'data'));

	// 2. Page loads (before any synthetic build can touch build/).
	const pages = await measurePages();

	// 3. Synthetic catalogues.
	const factors = QUICK ? [10] : [10, 100];
	const synthetic = [];
	for (const factor of factors) {
		const dataDir = path.join(TMP, `x${factor}`);
		const counts = makeSyntheticCatalogue(factor, dataDir);
		const outDir = path.join(TMP, `build-x${factor}`);
		fs.rmSync(outDir, { recursive: true, force: true });
		const env = { DATA_DIR: path.relative(ROOT, dataDir) };
		if (honours) env.BUILD_DIR = path.relative(ROOT, outDir);
		const result = await timedBuild(env, `synthetic ×${factor}`, SYNTH_TIMEOUT_MIN * 60_000);
		let output = null;
		if (result.code === 0) {
			if (!honours) fs.renameSync(BUILD, outDir); // build/ held the synthetic site: move it out of the way
			output = measureOutput(outDir);
		} else if (!result.timedOut) console.error(result.tail);
		synthetic.push({
			factor,
			data: counts,
			seconds: result.seconds,
			code: result.code,
			timedOut: result.timedOut,
			peakRssMB: result.peakRssMB,
			loadAvg: result.loadAvg,
			output
		});
		fs.rmSync(outDir, { recursive: true, force: true }); // hundreds of MB; the figures are recorded
	}
	let rebuilt = null;
	if (!honours && synthetic.length) {
		rebuilt = await timedBuild({}, 'real catalogue again (build/ is real again)');
		if (rebuilt.code !== 0) console.error(rebuilt.tail);
	}

	// Budgets.
	const budgets = [];
	const add = (name, budget, value, pass, note = '') =>
		budgets.push({ name, budget, value, result: pass === null ? 'n/a' : pass ? 'PASS' : 'FAIL', note });
	const embed = pages.embed;
	add(
		'embed JS (gzipped)',
		`≤ ${BUDGETS.embedJsGzipKB} KB`,
		embed?.jsGzipKB ?? null,
		embed?.path ? embed.jsGzipKB <= BUDGETS.embedJsGzipKB : null,
		embed?.path ? embed.path : 'embed not built yet'
	);
	add(
		'indicator page JS (gzipped)',
		`≤ ${BUDGETS.indicatorJsGzipKB} KB`,
		pages.indicator?.jsGzipKB ?? null,
		pages.indicator?.jsGzipKB <= BUDGETS.indicatorJsGzipKB,
		pages.indicator?.path ?? ''
	);
	for (const name of ['home', 'indicator', 'embed']) {
		const p = pages[name];
		if (!p?.path) add(`${name}: chart SVG in the raw HTML`, 'present', null, null, 'not built yet');
		else
			add(
				`${name}: chart SVG in the raw HTML`,
				'present',
				p.svgInHtml ? 'yes' : 'no',
				p.svgInHtml,
				`in DOM at ${p.svgInDomMs} ms, FCP ${p.fcpMs} ms`
			);
	}
	add(
		'real catalogue build',
		`< ${BUDGETS.realBuildSeconds} s`,
		real.seconds,
		real.seconds < BUDGETS.realBuildSeconds,
		`${realOutput.pages} pages`
	);
	for (const s of synthetic) {
		const ratio = s.code === 0 ? round(s.seconds / real.seconds, 2) : null;
		const limit = s.factor * BUDGETS.linearTolerance;
		const value =
			ratio !== null ? `${ratio}×` : s.timedOut ? `> ${round(s.seconds / real.seconds, 0)}× (stopped)` : 'build failed';
		const note = s.output
			? `${s.seconds} s, ${s.output.pages} pages, ${s.output.megabytes} MB`
			: s.timedOut
				? `did not finish in ${round(s.seconds / 60, 1)} min`
				: `exit ${s.code}`;
		add(
			`build time growth ×${s.factor} data`,
			`≤ ${limit}× time`,
			value,
			ratio === null ? false : ratio <= limit,
			note
		);
	}

	const results = {
		note: 'Written by scripts/bench.mjs (npm run bench). Synthetic catalogues are clones of data/ marked [synthetic]; not real figures.',
		date: startedAt.toISOString(),
		options: {
			full: FULL,
			runs: RUNS,
			cpuThrottling: 4,
			cacheDisabled: true,
			synthBuildDir: honours ? 'BUILD_DIR' : 'build/ then moved (svelte.config.js ignores BUILD_DIR)'
		},
		machine: {
			cpus: os.cpus().length,
			cpuModel: os.cpus()[0]?.model ?? null,
			memoryGB: round(os.totalmem() / 2 ** 30, 0),
			node: process.version,
			platform: `${os.platform()} ${os.release()}`,
			chromium: pages.chromium ?? null
		},
		build: {
			seconds: real.seconds,
			peakRssMB: real.peakRssMB,
			loadAvg: real.loadAvg,
			data: realData,
			output: realOutput
		},
		pages: Object.fromEntries(Object.entries(pages).filter(([k]) => k !== 'chromium')),
		synthetic,
		rebuiltRealSeconds: rebuilt?.seconds ?? null,
		budgets
	};
	fs.writeFileSync(path.join(BENCH, 'results.json'), JSON.stringify(results, null, '\t') + '\n');

	// Report.
	console.log('\nPage loads (median of %d, CPU 4× slower, cache disabled, gzip):', RUNS);
	console.table(
		Object.fromEntries(
			Object.entries(results.pages).map(([name, p]) => [
				name,
				p.path
					? {
							path: p.path,
							'JS gz KB': p.jsGzipKB,
							'total KB': p.transferredKB,
							'HTML gz KB': p.htmlGzipKB,
							'FCP ms': p.fcpMs,
							'responseEnd ms': p.responseEndMs,
							'svg in DOM ms': p.svgInDomMs,
							'svg in HTML': p.svgInHtml
						}
					: { path: p.status }
			])
		)
	);
	console.log('Builds:');
	console.table([
		{
			catalogue: 'real (data/)',
			indicators: realData.indicators,
			observations: realData.observations,
			seconds: real.seconds,
			'time ×': 1,
			pages: realOutput.pages,
			MB: realOutput.megabytes,
			'size ×': 1,
			'peak RSS MB': real.peakRssMB,
			'load avg': real.loadAvg.join('→')
		},
		...synthetic.map((s) => ({
			catalogue: `synthetic ×${s.factor}`,
			indicators: s.data.indicators,
			observations: s.data.observations,
			seconds: s.code === 0 ? s.seconds : s.timedOut ? `> ${s.seconds} (stopped)` : `failed (${s.code})`,
			'time ×': s.code === 0 ? round(s.seconds / real.seconds, 2) : null,
			pages: s.output?.pages ?? null,
			MB: s.output?.megabytes ?? null,
			'size ×': s.output ? round(s.output.bytes / realOutput.bytes, 2) : null,
			'peak RSS MB': s.peakRssMB,
			'load avg': s.loadAvg.join('→')
		}))
	]);
	console.log('Budgets:');
	console.table(budgets.map(({ name, budget, value, result, note }) => ({ check: name, budget, value, result, note })));
	console.log(
		`Wrote ${path.relative(ROOT, path.join(BENCH, 'results.json'))}${QUICK ? ' (100× skipped; run with --full for it)' : ''}.`
	);
}

function makeCount(dir) {
	const indicators = readCsv(path.join(dir, 'indicators.csv')).rows.length;
	let observations = 0;
	for (const f of fs.readdirSync(path.join(dir, 'observations')).filter((f) => f.endsWith('.csv')))
		observations += readCsv(path.join(dir, 'observations', f)).rows.length;
	return { indicators, observations };
}

main().catch((err) => {
	console.error(`bench: ${err.message}`);
	process.exit(1);
});
