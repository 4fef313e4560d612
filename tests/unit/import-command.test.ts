// `npm run import` as a maintainer runs it: writes one observation file, byte for byte the same on a
// second run; on any fault (in the table, or in the catalogue the rows would join) it lists every
// problem against the table's own lines and writes nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { FIXTURE, runImport } from '../../scripts/bench/full-uncertainty.mjs';

const mapping = path.join(FIXTURE, 'table', 'mapping.json');
const committed = path.join(FIXTURE, 'data', 'observations', 'his-synthetic.csv');
let dir: string;
let table: string;

beforeEach(() => {
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-'));
	fs.cpSync(path.join(FIXTURE, 'data'), dir, { recursive: true });
	fs.rmSync(path.join(dir, 'observations', 'his-synthetic.csv'));
	table = path.join(dir, 'his-synthetic.csv');
	fs.copyFileSync(path.join(FIXTURE, 'table', 'his-synthetic.csv'), table);
});

const output = () => path.join(dir, 'observations', 'his-synthetic.csv');

describe('npm run import', () => {
	it('writes the observation file, the same bytes on every run', { timeout: 60_000 }, () => {
		const first = runImport(dir, table, mapping);
		expect(first.stderr).toBe('');
		expect(first.status).toBe(0);
		expect(first.stdout).toMatch(/196 rows from .*his-synthetic\.csv \(4 not published, left out\)\./);
		expect(fs.readFileSync(output(), 'utf8')).toBe(fs.readFileSync(committed, 'utf8'));
		expect(runImport(dir, table, mapping).status).toBe(0);
		expect(fs.readFileSync(output(), 'utf8')).toBe(fs.readFileSync(committed, 'utf8'));
	});

	it('points a catalogue problem back to the table line and writes nothing', { timeout: 60_000 }, () => {
		const lines = fs.readFileSync(table, 'utf8').split('\n');
		// line 3: an interval that does not contain its estimate; line 5: a region code data/ does not know.
		lines[2] = lines[2]!.replace(/;(\d+,\d);(\d+,\d);(\d+,\d);/, ';$1;90,0;95,0;');
		fs.writeFileSync(table, lines.join('\n'));
		const broken = JSON.parse(fs.readFileSync(mapping, 'utf8'));
		broken.columns.find((c: { to: string }) => c.to === 'region').codes['België'] = 'BE-XX';
		const brokenMapping = path.join(dir, 'mapping.json');
		fs.writeFileSync(brokenMapping, JSON.stringify(broken));
		const run = runImport(dir, table, brokenMapping);
		expect(run.status).toBe(1);
		const rel = path.relative(process.cwd(), table).split(path.sep).join('/');
		const problems = run.stderr.trim().split('\n');
		expect(problems).toContain(`${rel}:2: region: "BE-XX" is not defined in dimensions.csv (region)`);
		expect(
			problems.some(
				(p) => p.startsWith(`${rel}:3: ci_low: value `) && p.includes('is not inside its confidence interval [90, 95]')
			)
		).toBe(true);
		expect(problems.at(-1)).toMatch(/^\d+ problem\(s\); nothing written\.$/);
		expect(fs.existsSync(output())).toBe(false);
	});

	it('says how to call it, and names a broken mapping', { timeout: 60_000 }, () => {
		expect(runImport(dir, table, '').status).toBe(2);
		const bad = path.join(dir, 'bad.json');
		fs.writeFileSync(bad, JSON.stringify({ columns: [{ from: 'Jaar', to: 'year', extra: 1 }], decimal: ';' }));
		const run = runImport(dir, table, bad);
		expect(run.status).toBe(1);
		expect(run.stderr).toMatch(/bad\.json:1: decimal: /);
		expect(run.stderr).toMatch(/bad\.json:1: columns\.0: /);
	});
});
