// Timed production builds and what they write (scripts/bench.mjs).
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, VITE, cpuTimes, log, round, stealSince } from './common.mjs';

// ---------------------------------------------------------------------------------------------
// Builds

/** Whether svelte.config.js sends adapter output to process.env.BUILD_DIR. */
export function configHonoursBuildDir() {
	return /process\.env\.BUILD_DIR/.test(fs.readFileSync(path.join(ROOT, 'svelte.config.js'), 'utf8'));
}

/** Folders a background delete leaves while it runs (scripts/moving-adapter.js: `.trash-<name>-…`). */
function trashIn(parents) {
	return parents.flatMap((p) =>
		fs.existsSync(p)
			? fs
					.readdirSync(p)
					.filter((name) => name.startsWith('.trash-'))
					.map((name) => path.join(p, name))
			: []
	);
}

/**
 * Deletes a build's output folder and Kit's output, and waits for any background delete of an
 * earlier build to end (at most 2 min, then removes what is left itself), untimed: each timed build
 * then starts from the same state, as on a fresh clone (and, where allowed, an empty page cache:
 * dropPageCache; returns whether it was dropped). A background delete running during a timed
 * build had added up to a second to it.
 */
export async function clearOutputs(outDir) {
	const kitOutput = path.join(ROOT, '.svelte-kit', 'output');
	for (const dir of [outDir, kitOutput]) fs.rmSync(dir, { recursive: true, force: true });
	const parents = [path.dirname(path.resolve(outDir)), kitOutput, ROOT];
	const deadline = Date.now() + 120_000;
	while (trashIn(parents).length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 1000));
	for (const dir of trashIn(parents)) fs.rmSync(dir, { recursive: true, force: true });
	return dropPageCache();
}

/**
 * Writes the file system's dirty pages and drops its page cache, where this process may (root on
 * Linux). On this VM each build was slower than the one before it while the page cache grew (six
 * builds in a row: 14.9, 15.6, 17.1, 18.7, 19.2, 20.3 s; after a drop: 15.7, 15.0 s), most likely
 * because the cache kept spreading into guest memory the host had not yet backed. Returns whether
 * it did (reported with each build).
 */
export function dropPageCache() {
	try {
		execFileSync('sync');
		fs.writeFileSync('/proc/sys/vm/drop_caches', '3');
		return true;
	} catch {
		return false;
	}
}

/**
 * Runs `vite build` with extra env; returns seconds, exit code, peak RSS (MB, if /usr/bin/time
 * exists), load average and the output tail. With timeoutMs, the build (its whole process group) is
 * stopped after that time and reported with timedOut: true.
 */
export function timedBuild(env = {}, label = 'build', timeoutMs = 0) {
	return new Promise((resolve) => {
		const timeFile = path.join(os.tmpdir(), `bench-time-${process.pid}-${Date.now()}`);
		const useTime = fs.existsSync('/usr/bin/time');
		const cmd = useTime ? '/usr/bin/time' : process.execPath;
		const cmdArgs = useTime ? ['-f', '%M', '-o', timeFile, process.execPath, VITE, 'build'] : [VITE, 'build'];
		const loadBefore = os.loadavg()[0];
		const cpuBefore = cpuTimes();
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
				// CPU steal on this VM: the share of all CPU time during the build the hypervisor gave to others.
				stealPercent: stealSince(cpuBefore),
				tail
			});
		});
	});
}

/** Pages (HTML files), files and bytes of a build folder, with bytes per kind. */
export function measureOutput(dir) {
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
