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

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BENCH, BUILD, ROOT, TMP, log, round } from './bench/common.mjs';
import { configHonoursBuildDir, measureOutput, timedBuild } from './bench/builds.mjs';
import { measurePages } from './bench/pages.mjs';
import { makeCount, makeSyntheticCatalogue } from './bench/synthetic.mjs';

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
	const pages = await measurePages(RUNS);

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

main().catch((err) => {
	console.error(`bench: ${err.message}`);
	process.exit(1);
});
