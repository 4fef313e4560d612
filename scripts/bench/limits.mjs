// The limit page of each page type and the Chart.js peer page (scripts/bench.mjs, issue #13).
//
// A limit page is the built page itself with every stylesheet inlined and every script removed (no
// <script>, no modulepreload, no CSP meta, which would block the new <style>): the fastest the same
// HTML can paint. It is served beside the real page (same folder, so every relative URL resolves) as
// `__limit.html`, from memory: nothing is written into build/.
//
// The peer page draws the same bar chart with the same data with Chart.js, pinned in
// bench/chartjs/package.json (installed here when missing, never part of the site or of the root
// npm ci), served as /__bench/chartjs/.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { BENCH, BUILD, log } from './common.mjs';

/** The build/ file a URL path is served from. */
export const fileOf = (urlPath) =>
	path.join(BUILD, urlPath.replace(/^\//, ''), urlPath.endsWith('/') ? 'index.html' : '');

/** `html` as its limit page: stylesheets inlined (from build/), every script and preload removed. */
export function limitHtml(html, urlPath) {
	const dir = path.dirname(fileOf(urlPath));
	return html
		.replace(/<meta http-equiv="content-security-policy"[^>]*>/gi, '')
		.replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '')
		.replace(/<link\b[^>]*rel="(?:modulepreload|preload)"[^>]*>/gi, '')
		.replace(/<link\b[^>]*rel="stylesheet"[^>]*>/gi, (tag) => {
			if (/\bdisabled\b/.test(tag)) return ''; // already inlined by kit.inlineStyleThreshold
			const href = /href="([^"]+)"/.exec(tag)?.[1];
			if (!href) return tag;
			const file = href.startsWith('/') ? path.join(BUILD, href) : path.resolve(dir, href);
			return `<style>${fs.readFileSync(file, 'utf8')}</style>`;
		});
}

export const limitPath = (urlPath) => `${urlPath}__limit.html`;

/** Labels and values of the first data table in a built page's first figure. */
export function tableOf(html) {
	const table = /<figure\b[\s\S]*?<table\b[\s\S]*?<\/table>/i.exec(html)?.[0] ?? '';
	const rows = [...table.matchAll(/<tr\b[\s\S]*?<\/tr>/gi)].slice(1);
	const text = (s) =>
		s
			.replace(/<[^>]+>/g, '')
			.replace(/&nbsp;|\s+/g, ' ')
			.trim();
	return rows
		.map((r) => [...r[0].matchAll(/<t[hd]\b[^>]*>([\s\S]*?)<\/t[hd]>/gi)].map((c) => text(c[1])))
		.filter((cells) => cells.length >= 3)
		.map((cells) => ({ label: cells[0], value: Number(cells[2].replace(/[^\d,.-]/g, '').replace(',', '.')) }))
		.filter((r) => Number.isFinite(r.value));
}

const PEER_DIR = path.join(BENCH, 'chartjs');
const PEER_JS = path.join(PEER_DIR, 'node_modules', 'chart.js', 'dist', 'chart.umd.min.js');

/** Installs the pinned Chart.js of bench/chartjs/ when missing; returns its version. */
export function ensurePeer() {
	if (!fs.existsSync(PEER_JS)) {
		log('installing the Chart.js peer (bench/chartjs, npm ci)');
		execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: PEER_DIR, stdio: 'inherit' });
	}
	return JSON.parse(fs.readFileSync(path.join(PEER_DIR, 'node_modules', 'chart.js', 'package.json'), 'utf8')).version;
}

/** The peer page: title, the chart and its source line, as on the site; the script at the end of body. */
export function peerHtml(title, rows) {
	const data = JSON.stringify({ labels: rows.map((r) => r.label), values: rows.map((r) => r.value) });
	return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Chart.js</title>
<style>body{font-family:system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem}figure{margin:0}.box{position:relative;height:360px}</style>
</head><body><main><h1>${title}</h1><figure><div class="box"><canvas id="chart" role="img" aria-label="${title}"></canvas></div>
<figcaption>Bron: Sciensano</figcaption></figure></main>
<script src="/__bench/chartjs/chart.umd.min.js"></script>
<script>
const d = ${data};
new Chart(document.getElementById('chart'), {
	type: 'bar',
	data: { labels: d.labels, datasets: [{ label: '%', data: d.values, backgroundColor: '#2b6cb0' }] },
	options: { animation: false, indexAxis: 'y', maintainAspectRatio: false, plugins: { legend: { display: false } } }
});
window.__benchChartAt = performance.now(); // drawn (animation off): the next paint shows it
</script></body></html>
`;
}

/**
 * The overlay for scripts/serve.mjs: a limit page beside each measured page, and the peer page
 * drawing the bars of `peerSource` (a page path whose first figure is a bar chart).
 */
export function makeOverlay(paths, peerSource) {
	const overlay = new Map();
	for (const p of paths)
		overlay.set(limitPath(p), {
			body: limitHtml(fs.readFileSync(fileOf(p), 'utf8'), p),
			type: 'text/html; charset=utf-8'
		});
	const html = fs.readFileSync(fileOf(peerSource), 'utf8');
	const title = (/<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1] ?? 'Chart').replace(/<[^>]+>/g, '').trim();
	const rows = tableOf(html);
	if (rows.length === 0) throw new Error(`bench: no table of values in ${peerSource} for the Chart.js peer`);
	overlay.set('/__bench/chartjs/', { body: peerHtml(title, rows), type: 'text/html; charset=utf-8' });
	overlay.set('/__bench/chartjs/chart.umd.min.js', {
		body: fs.readFileSync(PEER_JS),
		type: 'text/javascript; charset=utf-8'
	});
	return { overlay, peerRows: rows.length };
}
