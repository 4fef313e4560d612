// C15 (build part): a build over the corrupted fixture catalogue fails, prints one
// `file:line: column: message` line per injected fault (tests/fixtures/invalid/expected.txt),
// prints no stack trace, and leaves build/ exactly as it was (or absent if it was absent).

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BUILD_DIR = path.join(ROOT, 'build');
const FIXTURE = 'tests/fixtures/invalid';

/** Every entry under build/ with its size and mtime, or null when build/ does not exist. */
function snapshotBuild(): string[] | null {
	if (!fs.existsSync(BUILD_DIR)) return null;
	const out: string[] = [];
	const walk = (rel: string) => {
		const abs = path.join(BUILD_DIR, rel);
		const st = fs.statSync(abs);
		out.push(`${rel || '.'}\t${st.isDirectory() ? 'dir' : st.size}\t${st.mtimeMs}`);
		if (st.isDirectory()) for (const name of fs.readdirSync(abs).sort()) walk(rel ? `${rel}/${name}` : name);
	};
	walk('');
	return out;
}

test('a build over corrupted data exits non-zero, lists every fault without a stack trace, and leaves build/ untouched', () => {
	const expected = fs
		.readFileSync(path.join(ROOT, FIXTURE, 'expected.txt'), 'utf8')
		.split('\n')
		.map((l) => l.trimEnd())
		.filter(Boolean);
	expect(expected.length, 'expected.txt lists the injected faults').toBeGreaterThan(0);

	const before = snapshotBuild();
	const run = spawnSync('npx', ['vite', 'build'], {
		cwd: ROOT,
		env: { ...process.env, DATA_DIR: FIXTURE, CI: 'true', FORCE_COLOR: '0', NO_COLOR: '1' },
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe'],
		timeout: 115_000
	});
	const output = `${run.stdout}\n${run.stderr}`;
	const after = snapshotBuild();

	expect(run.error, `could not run npx vite build: ${run.error}`).toBeUndefined();
	expect(run.status, `exit code (signal ${run.signal}); output:\n${output}`).not.toBe(0);
	expect(run.status, 'killed rather than exited').not.toBeNull();

	const lines = new Set(output.split(/\r?\n/).map((l) => l.trimEnd()));
	const missing = expected.filter((l) => !lines.has(l));
	expect(missing, `fault lines missing from the build output:\n${output}`).toEqual([]);

	// .env's default origin: the build says loudly which origin it would write (before validation).
	expect(output).toContain('⚠ PUBLIC_SITE_URL is http://localhost:4173: every citation');

	const stackLines = output.split(/\r?\n/).filter((l) => /^\s+at /.test(l));
	expect(stackLines, 'stack trace lines in the build output').toEqual([]);

	if (before === null) expect(after, 'build/ was created by the failed build').toBeNull();
	else expect(after, 'build/ changed during the failed build').toEqual(before);
}, 120_000);
