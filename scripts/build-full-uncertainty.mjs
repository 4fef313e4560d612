// `npm run build:fixture`: builds the site from data/ plus the SYNTHETIC full-uncertainty table
// (tests/fixtures/full-uncertainty, imported through `npm run import`) into build-fixtures/, for
// tests/browser/full-uncertainty.test.ts. Never into build/, never published.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT, VITE } from './bench/common.mjs';
import { makeFullUncertaintyCatalogue } from './bench/full-uncertainty.mjs';

export const FIXTURE_DATA = path.join(ROOT, 'build-fixtures', 'full-uncertainty-data');
export const FIXTURE_BUILD = path.join(ROOT, 'build-fixtures', 'full-uncertainty');

const imported = makeFullUncertaintyCatalogue(FIXTURE_DATA);
process.stdout.write(imported.stdout);
const build = spawnSync(process.execPath, [VITE, 'build', '--logLevel', 'warn'], {
	cwd: ROOT,
	stdio: 'inherit',
	env: {
		...process.env,
		DATA_DIR: FIXTURE_DATA,
		BUILD_DIR: FIXTURE_BUILD,
		KIT_OUT_DIR: path.join(ROOT, 'build-fixtures', '.svelte-kit')
	}
});
process.exit(build.status ?? 1);
