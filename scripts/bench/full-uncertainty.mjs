// The full-uncertainty catalogue: data/ plus the SYNTHETIC table of tests/fixtures/full-uncertainty
// (every estimate with its CI and n), imported through the import command as a maintainer would.
// Built into its own folder by tests/unit/full-uncertainty-build.test.ts and the benchmark; never
// into build/.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './common.mjs';

export const FIXTURE = path.join(ROOT, 'tests', 'fixtures', 'full-uncertainty');
const metaFiles = ['indicators.csv', 'series.csv', 'surveys.csv', 'dimensions.csv', 'sources.csv', 'dashboard.csv'];

/** Copies data/ into dir and adds each line of the fixture's metadata files that data/ lacks. */
export function composeCatalogue(dir) {
	fs.rmSync(dir, { recursive: true, force: true });
	fs.cpSync(path.join(ROOT, 'data'), dir, { recursive: true });
	fs.writeFileSync(
		path.join(dir, 'README.md'),
		'data/ plus the SYNTHETIC full-uncertainty table (tests only). Never publish.\n'
	);
	for (const f of metaFiles) {
		const target = path.join(dir, f);
		const have = new Set(fs.readFileSync(target, 'utf8').split('\n'));
		const [, ...lines] = fs
			.readFileSync(path.join(FIXTURE, 'data', f), 'utf8')
			.trimEnd()
			.split('\n');
		const extra = lines.filter((l) => !have.has(l));
		if (extra.length) fs.appendFileSync(target, extra.join('\n') + '\n');
	}
}

/** Runs `npm run import` on a table into dir; returns its exit status and output. */
export function runImport(dir, table, mapping, out) {
	const args = [
		path.join(ROOT, 'scripts', 'ts.mjs'),
		path.join(ROOT, 'scripts', 'import-table.ts'),
		table,
		'--mapping',
		mapping
	];
	if (out) args.push('--out', out);
	const run = spawnSync(process.execPath, args, {
		cwd: ROOT,
		env: { ...process.env, DATA_DIR: dir },
		encoding: 'utf8'
	});
	return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

export function makeFullUncertaintyCatalogue(dir) {
	composeCatalogue(dir);
	const table = path.join(FIXTURE, 'table', 'his-synthetic.csv');
	const run = runImport(dir, table, path.join(FIXTURE, 'table', 'mapping.json'));
	if (run.status !== 0) throw new Error(`import failed:\n${run.stderr}`);
	return run;
}
