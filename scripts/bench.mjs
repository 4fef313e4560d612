#!/usr/bin/env node
// Benchmark of the built site (a script, not a test: speed is reported, never gated in CI).
//
//   npm run bench                 real build + page loads + synthetic catalogue 10× (~16 min on 2 cores)
//   npm run bench -- --full       also the synthetic 100× catalogue (slow: see docs/hosting-and-bench.md)
//   npm run bench -- --quick      the default (10× only); kept so scripts can say it explicitly
//   npm run bench -- --runs=N     page loads per page (default 5)
//   npm run bench -- --pages      page loads only, of the build/ there is (no build, no synthetic catalogue)
//   npm run bench -- --out=FILE   write the results to FILE instead of bench/results.json
//   npm run bench -- --synthetic-timeout=MIN   stop a synthetic build after MIN minutes (default 45)
//                                 and record it as "did not finish" (a lower bound, and a FAIL)
//
// 1. Times the production build of the real catalogue (`vite build`, data/ → build/; three builds
//    from a clean state, the median kept) and counts
//    the pages, files and bytes it wrote.
// 2. Serves build/ with gzip (scripts/serve.mjs) and loads every page type (home, catalogue, indicator
//    trend and bars, story, data, accessibility, embed), the limit page of each (the same HTML with its
//    CSS inlined and every script removed, bench/limits.mjs) interleaved with it, and a Chart.js page
//    drawing the same bar chart (bench/chartjs/, its own pinned dependency, installed when missing) in
//    Debian's Chromium, CPU throttled 4×, cache disabled, N times each; reports medians of JS bytes
//    (gzipped), stylesheet requests, first contentful paint and its ratio to the limit page's, the
//    scripts fetched before it, when the chart is on screen, cumulative layout shift and total
//    blocking time (bench/pages.mjs); budgets in bench/budgets.mjs.
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
import { BUILD, ROOT, TMP, cpuTimes, log, round, stealSince } from './bench/common.mjs';
import { clearOutputs, configHonoursBuildDir, measureOutput, timedBuild } from './bench/builds.mjs';
import { evaluate } from './bench/budgets.mjs';
import { measurePages } from './bench/pages.mjs';
import { makeCount, makeSyntheticCatalogue } from './bench/synthetic.mjs';

const args = process.argv.slice(2);
const FULL = args.includes('--full');
/** Page loads only, against the build/ there is (no build, no synthetic catalogue). */
const PAGES_ONLY = args.includes('--pages');
const QUICK = !FULL;
const RUNS = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 5);
/** Builds of the real catalogue (the median is reported). */
const REAL_BUILDS = 3;
/** Where the results go (default bench/results.json), e.g. a page-loads-only run beside a full one. */
const OUT = path.resolve(ROOT, args.find((a) => a.startsWith('--out='))?.slice(6) ?? 'bench/results.json');
const SYNTH_TIMEOUT_MIN = Number(args.find((a) => a.startsWith('--synthetic-timeout='))?.split('=')[1] ?? 45);
if (args.includes('--help') || args.includes('-h')) {
	console.log(
		'usage: node scripts/bench.mjs [--full | --quick | --pages] [--runs=N] [--synthetic-timeout=MIN] [--out=FILE]   (see the header of this file)'
	);
	process.exit(0);
}
for (const a of args) {
	if (
		a !== '--quick' &&
		a !== '--full' &&
		a !== '--pages' &&
		!/^--runs=\d+$/.test(a) &&
		!/^--synthetic-timeout=\d+(\.\d+)?$/.test(a) &&
		!/^--out=.+$/.test(a)
	) {
		console.error(`bench: unknown option ${a}`);
		process.exit(2);
	}
}

// Main

async function main() {
	const startedAt = new Date();
	fs.mkdirSync(TMP, { recursive: true });
	const honours = configHonoursBuildDir();
	log(
		`${os.cpus().length} CPU(s) ${os.cpus()[0]?.model ?? ''}, ${round(os.totalmem() / 2 ** 30, 0)} GB RAM, Node ${process.version}`
	);

	// 1. Real catalogue build, REAL_BUILDS times from a clean state, the median kept (skipped with
	// --pages: build/ is measured as it is). One build's time moves by a second from run to run.
	const realRuns = [];
	for (let i = 0; i < (PAGES_ONLY ? 0 : REAL_BUILDS); i++) {
		const pageCacheDropped = await clearOutputs(BUILD);
		const run = { ...(await timedBuild({}, `real catalogue (${i + 1} of ${REAL_BUILDS})`)), pageCacheDropped };
		if (run.code !== 0) {
			console.error(run.tail);
			throw new Error('the real build failed; nothing to measure');
		}
		realRuns.push(run);
	}
	const real = realRuns.length ? [...realRuns].sort((a, b) => a.seconds - b.seconds)[realRuns.length >> 1] : null;
	const realOutput = measureOutput(BUILD);
	const realData = makeCount(path.join(ROOT, 'data'));

	// 2. Page loads (before any synthetic build can touch build/).
	const cpuBeforePages = cpuTimes();
	const pages = await measurePages(RUNS);
	const pagesStealPercent = stealSince(cpuBeforePages);

	// 3. Synthetic catalogues.
	const factors = PAGES_ONLY ? [] : QUICK ? [10] : [10, 100];
	const synthetic = [];
	for (const factor of factors) {
		const dataDir = path.join(TMP, `x${factor}`);
		const counts = makeSyntheticCatalogue(factor, dataDir);
		const outDir = path.join(TMP, `build-x${factor}`);
		const pageCacheDropped = await clearOutputs(outDir);
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
			pageCacheDropped,
			code: result.code,
			timedOut: result.timedOut,
			peakRssMB: result.peakRssMB,
			loadAvg: result.loadAvg,
			stealPercent: result.stealPercent,
			output
		});
		fs.rmSync(outDir, { recursive: true, force: true }); // hundreds of MB; the figures are recorded
	}
	let rebuilt = null;
	if (!honours && synthetic.length && real) {
		rebuilt = await timedBuild({}, 'real catalogue again (build/ is real again)');
		if (rebuilt.code !== 0) console.error(rebuilt.tail);
	}

	const budgets = evaluate({ pages, real, realOutput, synthetic });

	const results = {
		note: 'Written by scripts/bench.mjs (npm run bench). Synthetic catalogues are clones of data/ marked [synthetic]; not real figures.',
		date: startedAt.toISOString(),
		options: {
			full: FULL,
			pagesOnly: PAGES_ONLY,
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
		build: real
			? {
					seconds: real.seconds,
					/** Every timed build of the real catalogue; `seconds` is their median. */
					runs: realRuns.map((r) => r.seconds),
					/** Whether the page cache was dropped before each build (scripts/bench/builds.mjs, dropPageCache). */
					pageCacheDropped: realRuns.map((r) => r.pageCacheDropped),
					peakRssMB: real.peakRssMB,
					loadAvg: real.loadAvg,
					stealPercent: real.stealPercent,
					data: realData,
					output: realOutput
				}
			: { skipped: '--pages: build/ measured as it was', data: realData, output: realOutput },
		pages: Object.fromEntries(Object.entries(pages).filter(([k]) => k !== 'chromium')),
		synthetic,
		rebuiltRealSeconds: rebuilt?.seconds ?? null,
		budgets
	};
	// Report.
	console.log('\nPage loads (median of %d, CPU 4× slower, cache disabled, gzip):', RUNS);
	console.table(
		Object.fromEntries(
			Object.entries(results.pages).map(([name, p]) => [
				name,
				{
					path: p.path,
					'JS gz KB': p.jsGzipKB,
					'JS after use KB': p.jsAfterUseGzipKB ?? null,
					'HTML gz KB': p.htmlGzipKB ?? null,
					'CSS req': p.stylesheetRequests,
					'FCP ms': p.fcpMs,
					'limit FCP ms': p.limitFcpMs ?? null,
					'FCP / limit': p.fcpRatio ?? null,
					'JS before FCP': p.scriptsBeforeFcp,
					'chart ms': p.chartMs,
					CLS: p.cls,
					'TBT ms': p.tbtMs
				}
			])
		)
	);
	results.loadAvgAfterPages = os.loadavg().map((x) => round(x, 2));
	results.stealPercentDuringPages = pagesStealPercent;
	console.log(
		`Load average after the page loads: ${results.loadAvgAfterPages.join(', ')}; CPU steal during them: ${pagesStealPercent ?? 'unknown'} %`
	);
	if (real) console.log('Builds:');
	if (real)
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
				'load avg': real.loadAvg.join('→'),
				'steal %': real.stealPercent
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
				'load avg': s.loadAvg.join('→'),
				'steal %': s.stealPercent
			}))
		]);
	fs.writeFileSync(OUT, JSON.stringify(results, null, '\t') + '\n');
	console.log('Budgets:');
	console.table(budgets.map(({ name, budget, value, result, note }) => ({ check: name, budget, value, result, note })));
	console.log(`Wrote ${path.relative(ROOT, OUT)}${QUICK ? ' (100× skipped; run with --full for it)' : ''}.`);
}

main().catch((err) => {
	console.error(`bench: ${err.message}`);
	process.exit(1);
});
