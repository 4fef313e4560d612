// The budgets of the benchmark report (scripts/bench.mjs), each PASS or FAIL in bench/results.json.
import { round } from './common.mjs';

export const BUDGETS = {
	/** First contentful paint of a page over that of its limit page (issue #13). */
	fcpRatio: 1.1,
	/** JavaScript a page loads, gzipped KB, by page type (issue #13). */
	jsGzipKB: {
		catalogue: 45,
		indicator: 45,
		indicatorBars: 45,
		compare: 45,
		home: 30,
		story: 30,
		data: 30,
		accessibility: 30,
		embed: 2
	},
	cls: 0.05,
	/** The indicator bar chart on screen over Chart.js's same chart on screen. */
	chartJsRatio: 0.6,
	/** The real build, wall seconds on the 2-core machine (issue #13). */
	realBuildSeconds: 15,
	/** Build time may grow at most this much faster than the data (1 = linear; issue #13). */
	linearTolerance: 1,
	/** Peak resident memory of a synthetic build, MB (issue #13: under 2 GB at 100×). */
	peakRssMB: 2048
};

/** Every budget as { name, budget, value, result, note }. */
export function evaluate({ pages, real, realOutput, synthetic }) {
	const budgets = [];
	const add = (name, budget, value, pass, note = '') =>
		budgets.push({ name, budget, value, result: pass === null ? 'n/a' : pass ? 'PASS' : 'FAIL', note });
	for (const [name, p] of Object.entries(pages)) {
		if (name === 'chartjs' || !p?.path) continue;
		add(
			`${name}: first paint / limit`,
			`≤ ${BUDGETS.fcpRatio}`,
			p.fcpRatio,
			p.fcpRatio === null ? null : p.fcpRatio <= BUDGETS.fcpRatio,
			`median of the runs' ratios; medians ${p.fcpMs} ms vs ${p.limitFcpMs} ms; fetched before it: ${p.scriptsBeforeFcp} scripts, ${p.stylesheetsBeforeFcp} stylesheets (${p.path})`
		);
		const js = BUDGETS.jsGzipKB[name];
		add(
			`${name}: JS (gzipped)`,
			js === undefined ? 'reported' : `≤ ${js} KB`,
			p.jsGzipKB,
			js === undefined ? null : p.jsGzipKB <= js,
			`${p.jsFiles} files, ${p.modulepreloads} modulepreloads, ${p.stylesheetRequests} stylesheet requests` +
				(p.jsAfterUseGzipKB === null ? '' : `; its app loads at the first use of a control`)
		);
		if (p.jsAfterUseGzipKB !== null)
			add(
				`${name}: JS once a control is used (gzipped)`,
				'reported',
				p.jsAfterUseGzipKB,
				null,
				"the page's app, loaded on first use"
			);
		add(`${name}: layout shift`, `< ${BUDGETS.cls}`, p.cls, p.cls < BUDGETS.cls, `total blocking time ${p.tbtMs} ms`);
		if (['home', 'indicator', 'indicatorBars', 'embed'].includes(name))
			add(
				`${name}: chart SVG in the raw HTML`,
				'present',
				p.svgInHtml ? 'yes' : 'no',
				p.svgInHtml,
				`on screen at ${p.chartMs} ms`
			);
	}
	const bars = pages.indicatorBars;
	const peer = pages.chartjs;
	// Paired per run (scripts/bench/pages.mjs); results of earlier runs have only the two medians.
	const ratio =
		peer?.pairedChartRatio ?? (bars?.chartMs && peer?.chartMs ? round(bars.chartMs / peer.chartMs, 2) : null);
	add(
		'indicator bar chart on screen / Chart.js',
		`≤ ${BUDGETS.chartJsRatio}`,
		ratio,
		ratio === null ? null : ratio <= BUDGETS.chartJsRatio,
		peer
			? `${bars?.chartMs} ms vs ${peer.chartMs} ms (Chart.js ${peer.version}, ${peer.jsGzipKB} KB JS)`
			: 'not measured'
	);
	if (real) {
		add(
			'real catalogue build',
			`≤ ${BUDGETS.realBuildSeconds} s`,
			real.seconds,
			real.seconds <= BUDGETS.realBuildSeconds,
			`${realOutput.pages} pages`
		);
	}
	for (const s of synthetic) {
		const r = s.code === 0 ? round(s.seconds / real.seconds, 2) : null;
		const limit = s.factor * BUDGETS.linearTolerance;
		const value =
			r !== null ? `${r}×` : s.timedOut ? `> ${round(s.seconds / real.seconds, 0)}× (stopped)` : 'build failed';
		// Pages grow faster than the data (compare pairs fill up to their bound), so the time a page
		// takes is reported beside the ratio: flat when the build is linear in what it writes.
		const msPerPage = (run, output) => round((run.seconds * 1000) / output.pages, 1);
		const note = s.output
			? `${s.seconds} s, ${s.output.pages} pages (${round(s.output.pages / realOutput.pages, 1)}× the real), ${msPerPage(s, s.output)} ms a page (real ${msPerPage(real, realOutput)}), ${s.output.megabytes} MB`
			: s.timedOut
				? `did not finish in ${round(s.seconds / 60, 1)} min`
				: `exit ${s.code}`;
		add(`build time growth ×${s.factor} data`, `≤ ${limit}× time`, value, r === null ? false : r <= limit, note);
		add(
			`build peak memory ×${s.factor} data`,
			`< ${BUDGETS.peakRssMB} MB`,
			s.peakRssMB,
			s.peakRssMB === null ? null : s.peakRssMB < BUDGETS.peakRssMB,
			'peak resident set of the build (/usr/bin/time)'
		);
	}
	return budgets;
}
