// `npm run build:test`: the site (build/) and the full-uncertainty fixture (build-fixtures/) built at
// the same time, each with its own SvelteKit output folder (KIT_OUT_DIR), so the two prerenders use
// both cores (each runs on about one). Every output line is prefixed with its build; exits non-zero
// when either build fails, after both have ended.
import { spawn, spawnSync } from 'node:child_process';
import readline from 'node:readline';

function run(label, script) {
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

// The fixture's import runs TypeScript through Vite, which reads .svelte-kit/tsconfig.json: write it
// first, as the site build would (on a fresh clone it is not there yet).
if (spawnSync('npx', ['svelte-kit', 'sync'], { stdio: 'inherit' }).status !== 0) process.exit(1);
const [site, fixture] = await Promise.all([run('site', 'build'), run('fixture', 'build:fixture')]);
if (site !== 0 || fixture !== 0) {
	console.error(`build:test failed: site exit ${site}, fixture exit ${fixture}`);
	process.exit(1);
}
