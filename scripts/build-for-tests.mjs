// `npm run build:test`: the site (build/) and the full-uncertainty fixture (build-fixtures/) built at
// the same time, each with its own SvelteKit output folder (KIT_OUT_DIR), so the two prerenders use
// both cores (each runs on about one). Every output line is prefixed with its build; exits non-zero
// when either build fails, after both have ended.
import { spawnSync } from 'node:child_process';
import { runAll } from './parallel.mjs';

// The fixture's import runs TypeScript through Vite, which reads .svelte-kit/tsconfig.json: write it
// first, as the site build would (on a fresh clone it is not there yet).
if (spawnSync('npx', ['svelte-kit', 'sync'], { stdio: 'inherit' }).status !== 0) process.exit(1);
await runAll(['build', 'build:fixture']);
