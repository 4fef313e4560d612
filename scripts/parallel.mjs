// `node scripts/parallel.mjs SCRIPT...`: runs npm scripts at the same time (the machine has two
// cores and each of these uses about one), every output line prefixed with its script; exits
// non-zero when any failed, after all have ended. Used by `npm test` (type check, Prettier and ESLint) and by
// `npm run build:test` (the site and the fixture).
import { spawn } from 'node:child_process';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

/** Runs `npm run SCRIPT`, prefixing its lines with `[label]`; resolves to its exit code. */
export function run(label, script) {
	return new Promise((resolve) => {
		const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
		for (const [stream, out] of [
			[child.stdout, process.stdout],
			[child.stderr, process.stderr]
		])
			readline.createInterface({ input: stream }).on('line', (line) => out.write(`[${label}] ${line}\n`));
		child.on('close', (code) => resolve(code ?? 1));
	});
}

/** Runs every script at once; exits the process with 1 when any failed. */
export async function runAll(scripts) {
	const codes = await Promise.all(scripts.map((s) => run(s, s)));
	const failed = scripts.map((s, i) => `${s} (exit ${codes[i]})`).filter((_, i) => codes[i] !== 0);
	if (failed.length > 0) {
		console.error(`failed: ${failed.join(', ')}`);
		process.exit(1);
	}
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await runAll(process.argv.slice(2));
