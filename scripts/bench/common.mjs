// Shared paths and helpers of the benchmark (scripts/bench.mjs).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BUILD = path.join(ROOT, 'build');
export const BENCH = path.join(ROOT, 'bench');
export const TMP = path.join(BENCH, 'tmp');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const VITE = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');

export const log = (...a) => console.log('[bench]', ...a);
export const median = (xs) => {
	const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
	if (s.length === 0) return null;
	const m = Math.floor(s.length / 2);
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export const round = (x, d = 1) => (x === null || x === undefined ? null : Math.round(x * 10 ** d) / 10 ** d);
export const kb = (bytes) => round(bytes / 1024, 1);

/** The machine's CPU time counters (Linux /proc/stat, all cores), or null elsewhere. */
export function cpuTimes() {
	try {
		const [, ...fields] = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
		const n = fields.map(Number);
		// user nice system idle iowait irq softirq steal …: steal is the time the hypervisor gave to others.
		return { steal: n[7] ?? 0, total: n.slice(0, 8).reduce((a, b) => a + b, 0) };
	} catch {
		return null;
	}
}

/** CPU steal since a `cpuTimes()` reading, in percent of all CPU time (null when unknown). */
export function stealSince(before) {
	const after = cpuTimes();
	return before && after && after.total > before.total
		? round((100 * (after.steal - before.steal)) / (after.total - before.total), 1)
		: null;
}
