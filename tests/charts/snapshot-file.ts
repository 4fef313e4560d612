// Compares a rendered SVG with its committed snapshot, Plot-style: on a mismatch it writes
// `<name>-changed.svg` beside the reference and fails; the reviewer looks at the new file and, to
// accept the change, renames it over the reference. A missing reference is written (new case),
// except on CI, where it fails.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const OUTPUT_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'output');

/** Throws (the test fails) when `actual` differs from output/<name>.svg, after writing <name>-changed.svg. */
export function assertSnapshot(name: string, actual: string, dir = OUTPUT_DIR): void {
	const reference = path.join(dir, `${name}.svg`);
	const changed = path.join(dir, `${name}-changed.svg`);
	if (!existsSync(reference)) {
		if (process.env.CI) throw new Error(`${name}.svg: no snapshot in ${dir}; run the tests locally and commit it`);
		writeFileSync(reference, actual);
		return;
	}
	if (readFileSync(reference, 'utf8') === actual) {
		rmSync(changed, { force: true });
		return;
	}
	writeFileSync(changed, actual);
	throw new Error(
		`${name}.svg differs from the rendered chart, written to ${name}-changed.svg: look at it, and if the change is intended, rename it to ${name}.svg`
	);
}
